package jp.industryplans.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.industryplans.common.Tracked;

/** テーマ — one entry of the controlled vocabulary of cross-ward themes (事業承継, 創業・起業 …). */
@Entity
@Table(name = "theme")
public class Theme extends Tracked {

    @Id
    public String key;
    @Column(name = "label_ja")
    public String labelJa;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "sort_order")
    public int sortOrder;
}
