package downhill.app.experiment;

import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.schedule.Schedules;
import downhill.experiment.OptimizerEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An optimizer list as an experiment keeps it, and back: the same for both tabs. */
final class OptimizerEntries {

    private OptimizerEntries() {}

    static List<OptimizerEntry> capture(OptimizerListViewModel list) {
        List<OptimizerEntry> entries = new ArrayList<>();
        for (OptimizerSettings s : list.all()) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (Hyperparameter h : s.type().hyperparameters()) {
                values.put(h.key(), s.value(h.key()).get());
            }
            entries.add(new OptimizerEntry(
                    s.name(),
                    s.isEnabled(),
                    values,
                    s.scheduleProperty().get().spec(),
                    s.labelProperty().get()));
        }
        return entries;
    }

    /** Listed optimizers take their entry's values; the others go back to their defaults, switched off. */
    static void apply(OptimizerListViewModel list, List<OptimizerEntry> entries) {
        Map<String, OptimizerEntry> byName =
                entries.stream().collect(Collectors.toMap(OptimizerEntry::name, Function.identity()));
        for (OptimizerSettings s : list.all()) {
            OptimizerEntry entry = byName.get(s.name());
            if (entry == null) {
                s.resetToDefaults();
                s.setEnabled(false);
                continue;
            }
            entry.hyperparameters().forEach((key, value) -> s.value(key).set(value));
            s.scheduleProperty().set(Schedules.parse(entry.schedule()));
            s.labelProperty().set(entry.label());
            s.setEnabled(entry.enabled());
        }
    }
}
