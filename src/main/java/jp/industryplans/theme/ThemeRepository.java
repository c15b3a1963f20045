package jp.industryplans.theme;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ThemeRepository implements PanacheRepositoryBase<Theme, String> {
}
