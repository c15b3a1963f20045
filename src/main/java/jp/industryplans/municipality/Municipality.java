package jp.industryplans.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.industryplans.common.Tracked;

/** 地方公共団体 — a municipality (区市町村), keyed by its 全国地方公共団体コード. */
@Entity
@Table(name = "municipality")
public class Municipality extends Tracked {

    @Id
    public String code;
    public String name;
    public String kana;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public MunicipalityKind kind;
    public String prefecture;
}
