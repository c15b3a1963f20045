package jp.industryplans.release;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 公表 — what a publisher says when publishing a plan's current state.
 *
 * @param label       公表版の名称, such as 令和3年度 検証結果
 * @param publishedOn 公表日, YYYY-MM-DD; today in Japan when absent; never in the future, never
 *                    before the plan's previous release
 * @param publisher   公表者, the organisation that publishes (a section, a ward); the plan's
 *                    approving body or municipality when absent. Who pressed the button is in the
 *                    change log, for staff only.
 * @param note        a remark shown with the release
 */
public record ReleaseInput(@NotBlank @Size(max = 200) String label, @CalendarDate String publishedOn,
                           @Size(min = 1, max = 200) String publisher, @Size(max = 2000) String note) {
}
