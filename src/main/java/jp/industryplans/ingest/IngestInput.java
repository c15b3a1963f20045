package jp.industryplans.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 取込対象 — the text of one 「承認した地域産業活性化計画の概要」 as extracted from its PDF, with the
 * document's name, which every ingested record names as its source.
 */
@Schema(name = "IngestInput")
public record IngestInput(
        @NotBlank @Size(max = 200) String document,
        @NotBlank @Size(max = 1_000_000) String text) {
}
