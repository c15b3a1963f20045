package jp.industryplans.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 望ましい方向 — whether a higher or a lower figure is better. */
@Schema(name = "Direction")
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
