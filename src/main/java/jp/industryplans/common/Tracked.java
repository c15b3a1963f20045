package jp.industryplans.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * What every stored record keeps besides its data: its version (optimistic locking), when it
 * was created and last changed, and the hash of the import entry it last came from, so that a
 * re-import of the same entry leaves it alone.
 */
@MappedSuperclass
public abstract class Tracked {

    @Column(name = "import_hash")
    public String importHash;
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
