package jp.industryplans.municipality;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 団体区分 — kind of municipality: 特別区, 市, 町, 村. */
@Schema(name = "MunicipalityKind")
public enum MunicipalityKind {
    /** 特別区 — one of Tokyo's 23 special wards. */
    SPECIAL_WARD,
    /** 市 — city. */
    CITY,
    /** 町 — town. */
    TOWN,
    /** 村 — village. */
    VILLAGE
}
