package jp.industryplans.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection: its items, the page asked for and the total number of items. */
@Schema(name = "Page")
public record PageResult<T>(List<T> items, int page, int size, long total) {
}
