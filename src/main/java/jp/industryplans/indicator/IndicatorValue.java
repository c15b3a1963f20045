package jp.industryplans.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.industryplans.common.Sourced;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** 目標・実績・見込み — one figure of an indicator for one fiscal year and kind: a number, words, or why it is missing. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends Sourced {

    @EmbeddedId
    public Key id;
    public BigDecimal value;
    /** 定性値 — the figure in words (実施, 未実施, free text) in a QUALITATIVE indicator. */
    @Enumerated(EnumType.STRING)
    public QualitativeValue qualitative;
    public String text;
    @Enumerated(EnumType.STRING)
    @Column(name = "missing_reason")
    public MissingReason missingReason;
    public String note;
    /** 年度推定 — the source does not give this figure's fiscal year; it was inferred. */
    @Column(name = "fiscal_year_inferred")
    public boolean fiscalYearInferred;

    @Embeddable
    public record Key(
            @Column(name = "indicator_id") UUID indicatorId,
            @Column(name = "fiscal_year") int fiscalYear,
            @Enumerated(EnumType.STRING) @Column(name = "kind") ValueKind kind) implements Serializable {
    }
}
