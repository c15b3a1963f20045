package jp.industryplans.release;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 公表版 — one release of a plan: its number (1, 2, …), 公表日, label, publisher and note. The
 * document itself is at {@code /plans/{planId}/releases/{sequence}}.
 */
@Schema(name = "Release")
public record ReleaseDto(UUID planId, int sequence, String label, LocalDate publishedOn,
                         OffsetDateTime publishedAt, String publisher, String note) {
}
