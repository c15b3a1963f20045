package jp.industryplans.plan;

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

/** 計画 — a municipality's plan, with its period (計画期間) in fiscal years, inclusive. */
@Entity
@Table(name = "plan")
public class Plan extends Sourced {

    @Id
    public UUID id;
    @Column(name = "natural_key")
    public String naturalKey;
    @Column(name = "municipality_code")
    public String municipalityCode;
    @Enumerated(EnumType.STRING)
    public PlanKind kind;
    public String title;
    public Integer edition;
    @Column(name = "period_start")
    public int periodStart;
    @Column(name = "period_end")
    public int periodEnd;
    @Column(name = "period_label")
    public String periodLabel;
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "vision_statements")
    public List<String> visionStatements = new ArrayList<>();
    @Column(name = "approving_body")
    public String approvingBody;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Note> notes = new ArrayList<>();
    @Column(name = "search_text")
    public String searchText = "";
    /** 前の版 — the plan this one succeeds (its earlier edition), or null. */
    @Column(name = "predecessor_id")
    public UUID predecessorId;
}
