package jp.industryplans.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 計画 — a municipality's plan, with its period (計画期間) in fiscal years, inclusive. */
@Entity
@Table(name = "plan")
public class Plan {

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
    @Column(name = "source_document")
    public String sourceDocument;
    @Column(name = "source_quote")
    public String sourceQuote;
    @Column(name = "search_text")
    public String searchText = "";
    @Column(name = "import_hash")
    public String importHash;
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
