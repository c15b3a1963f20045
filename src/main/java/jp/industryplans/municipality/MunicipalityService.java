package jp.industryplans.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.PageRequest;
import jp.industryplans.common.PageResult;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MunicipalityService {

    private final MunicipalityRepository repository;

    MunicipalityService(MunicipalityRepository repository) {
        this.repository = repository;
    }

    public PageResult<MunicipalityDto> list(PageRequest page, String prefecture) {
        var query = prefecture == null
                ? repository.findAll(page.panacheSort())
                : repository.find("prefecture", page.panacheSort(), prefecture);
        List<MunicipalityDto> items = query.page(page.panachePage()).list().stream()
                .map(MunicipalityDto::of).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    public MunicipalityDto get(String code) {
        return repository.findByIdOptional(code).map(MunicipalityDto::of)
                .orElseThrow(() -> ApiException.notFound("Municipality", code));
    }
}
