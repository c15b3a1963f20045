package jp.industryplans.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.industryplans.common.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 検証結果・評価 — an evaluation of a plan or an initiative for a period, with its rating and commentary. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends Sourced {

    @Id
    public UUID id;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "initiative_id")
    public UUID initiativeId;
    @Column(name = "natural_key")
    public String naturalKey;
    @Enumerated(EnumType.STRING)
    public Evaluator evaluator;
    @Column(name = "period_start")
    public int periodStart;
    @Column(name = "period_end")
    public int periodEnd;
    @Column(name = "period_label")
    public String periodLabel;
    public String rating;
    @Column(name = "rating_note")
    public String ratingNote;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScaleLevel> scale = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Section> sections = new ArrayList<>();

    public String key() {
        return naturalKey.substring(naturalKey.lastIndexOf('#') + 1);
    }
}
