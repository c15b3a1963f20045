package jp.industryplans.common;

import java.util.List;

/**
 * 起動時検査 — a setting without which the service cannot do its job. Every bean implementing this
 * is asked at start-up ({@link StartupChecks}); any problem stops the start.
 */
public interface StartupCheck {

    /** What is wrong, one sentence each naming the setting (its environment variable first); empty when all is well. */
    List<String> problems();
}
