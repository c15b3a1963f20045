package jp.industryplans.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** テーマ — one entry of the controlled vocabulary of cross-ward themes (事業承継, 創業・起業 …). */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    public String key;
    @Column(name = "label_ja")
    public String labelJa;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "sort_order")
    public int sortOrder;
    @Column(name = "import_hash")
    public String importHash;
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
