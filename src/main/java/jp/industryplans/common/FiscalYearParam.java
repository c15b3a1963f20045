package jp.industryplans.common;

/** Reads a fiscal-year parameter in any accepted form (2021, R3, 令和3年度, ２０２１ …) or answers 400 naming it. */
public final class FiscalYearParam {

    private FiscalYearParam() {
    }

    /** @return the fiscal year, or null when the parameter is absent */
    public static Integer parse(String parameter, String text) {
        if (text == null) {
            return null;
        }
        try {
            return FiscalYear.parse(text).year();
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(parameter, e.getMessage());
        }
    }
}
