package cloud.olympus.server.analytics.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.analytics.RollupRebuilds;
import cloud.olympus.server.analytics.RollupState;
import cloud.olympus.server.auth.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics", description = "The dashboard and questions asked of the sales rollups")
public class RebuildController {

    private final RollupRebuilds rebuilds;

    RebuildController(RollupRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Requires(Permission.TENANT_SETTINGS)
    @PostMapping("/rebuild")
    @Operation(summary = "Count the sales rollups again from the orders",
            description = "Replaces the business's rollups (an organisation's own and each of its locations') with what its "
                    + "orders say, and answers what each rebuild counted, the business itself first. Running it again "
                    + "changes nothing; sales keep being rolled up meanwhile, each counted once.")
    Map<String, List<RollupState>> rebuild() {
        return Map.of("data", rebuilds.rebuildOwn());
    }
}
