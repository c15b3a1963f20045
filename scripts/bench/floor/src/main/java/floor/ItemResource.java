package floor;

import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import java.util.UUID;

/** The floor's one resource: an item by id. */
@Path("/items")
public class ItemResource {

    public record ItemDto(UUID id, @NotBlank String title) {
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemDto get(UUID id) {
        Item item = Item.findById(id);
        if (item == null) {
            throw new NotFoundException();
        }
        return new ItemDto(item.id, item.title);
    }
}
