package downhill.experiment;

import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The canonical form of a tab's optimizer list: registry order, one entry per optimizer, blank entries left out. */
final class OptimizerList {

    private OptimizerList() {}

    static List<OptimizerEntry> canonical(List<OptimizerEntry> entries) {
        Set<String> seen = new HashSet<>();
        for (OptimizerEntry entry : entries) {
            if (!seen.add(entry.name())) {
                throw new IllegalArgumentException("optimizer '" + entry.name() + "' is listed twice");
            }
        }
        List<String> order = Optimizers.all().stream().map(OptimizerType::name).toList();
        return entries.stream()
                .filter(e -> !e.isBlank())
                .sorted(Comparator.comparingInt(e -> order.indexOf(e.name())))
                .toList();
    }

    /** The enabled entries as contenders, in list order. */
    static List<Contender> racing(List<OptimizerEntry> entries) {
        return entries.stream()
                .filter(OptimizerEntry::enabled)
                .map(OptimizerEntry::contender)
                .toList();
    }
}
