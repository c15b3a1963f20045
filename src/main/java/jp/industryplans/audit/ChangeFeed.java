package jp.industryplans.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 変更フィード — a slice of the change feed, oldest first.
 *
 * @param next    the cursor to pass as {@code after} for the following slice (the last item's,
 *                or the one given when nothing follows yet)
 * @param hasMore whether more changes follow already
 */
@Schema(name = "ChangeFeed")
public record ChangeFeed(List<ChangeEntry> items, String next, boolean hasMore) {
}
