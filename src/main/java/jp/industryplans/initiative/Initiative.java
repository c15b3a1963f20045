package jp.industryplans.initiative;

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

/** 取組 — a node of a plan's tree: category, pillar, measure (施策), project (事業) or activity. */
@Entity
@Table(name = "initiative")
public class Initiative extends Sourced {

    @Id
    public UUID id;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "parent_id")
    public UUID parentId;
    /** Key path inside the plan, ancestors first: {@code c1/c1-p1}. */
    @Column(name = "natural_key")
    public String naturalKey;
    @Enumerated(EnumType.STRING)
    public InitiativeKind kind;
    public String label;
    public String title;
    public String description;
    @Column(name = "owning_department")
    public String owningDepartment;
    @Column(name = "owning_section")
    public String owningSection;
    public boolean repost;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> themes = new ArrayList<>();
    public String note;
    @Column(name = "sort_order")
    public int sortOrder;
    @Column(name = "search_text")
    public String searchText = "";

    /** The last segment of the key path: the key the caller or the seed file gave. */
    public String key() {
        int slash = naturalKey.lastIndexOf('/');
        return slash < 0 ? naturalKey : naturalKey.substring(slash + 1);
    }
}
