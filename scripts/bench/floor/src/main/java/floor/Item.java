package floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** The floor's one entity. */
@Entity
@jakarta.persistence.Table(name = "floor_item")
public class Item extends PanacheEntityBase {
    @Id
    public UUID id;
    public String title;
}
