package jp.industryplans.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 変更記録 — one create, update or delete of one record: who made it, when, under which
 * request, and the record before and after (as stored; null before a create and after a delete).
 *
 * @param cursor   position in the change feed; pass it as {@code after} to read what follows
 * @param resource the kind of record: plan, initiative, indicator, indicator_value, evaluation,
 *                 municipality or theme
 * @param id       the record's id (for a value, {@code indicatorId/fiscalYear/kind})
 */
@Schema(name = "ChangeEntry")
public record ChangeEntry(String cursor, OffsetDateTime occurredAt, String actor, String requestId,
                          ChangeAction action, String resource, String id, UUID planId, JsonNode before,
                          JsonNode after) {
}
