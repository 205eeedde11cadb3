package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Optimizers;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The arguments of the commands that make pictures (render, snapshot): sizes and learning rates per optimizer. */
public final class PictureArguments {

    private PictureArguments() {}

    /**
     * The learning rate of each optimizer in {@code optimizers}: its PyTorch default, or the value of a
     * {@code --lr-NAME F} (or {@code --lr-NAME=F}) among {@code flags}, the arguments picocli did not match.
     *
     * @throws IllegalArgumentException naming the flag for an unknown optimizer, a flag that is not --lr-NAME, a
     *     name not in the list, a missing or bad number
     */
    public static Map<String, Double> learningRates(List<String> optimizers, List<String> flags) {
        return learningRates(optimizers, flags, List.of());
    }

    /**
     * As {@link #learningRates(List, List)}; a flag that is not {@code --lr-NAME} is an unknown option, with the
     * closest of {@code knownOptions} suggested.
     */
    public static Map<String, Double> learningRates(
            List<String> optimizers, List<String> flags, Collection<String> knownOptions) {
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String name : optimizers) {
            rates.put(name.strip(), Optimizers.byName(name.strip()).defaults().get(Hyperparameter.LR));
        }
        for (int i = 0; i < flags.size(); i++) {
            String option = flags.get(i);
            String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            if (!name.startsWith("-")) {
                throw new IllegalArgumentException(Cli.unexpectedArgument(name));
            }
            if (!name.startsWith("--lr-")) {
                throw new IllegalArgumentException(Cli.unknownOption(name, knownOptions));
            }
            String value;
            if (option.contains("=")) {
                value = option.substring(option.indexOf('=') + 1);
                option = option.substring(0, option.indexOf('='));
            } else if (i + 1 < flags.size()) {
                value = flags.get(++i);
            } else {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String optimizer = option.substring("--lr-".length());
            if (!rates.containsKey(optimizer)) {
                throw new IllegalArgumentException(
                        option + " names an optimizer not in --optimizers (" + String.join(",", rates.keySet()) + ")");
            }
            double lr;
            try {
                lr = Numbers.parse(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + ": " + e.getMessage());
            }
            Optimizers.byName(optimizer).hyperparameter(Hyperparameter.LR).check(lr);
            rates.put(optimizer, lr);
        }
        return rates;
    }

    /**
     * {@code WIDTHxHEIGHT} in pixels, e.g. {@code 1600x1000}, within [min, max] on each side.
     *
     * @return {width, height}
     */
    public static int[] size(String text, int minWidth, int minHeight, int maxWidth, int maxHeight) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("x", -1);
        int width;
        int height;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            width = Numbers.parseInt(parts[0].strip());
            height = Numbers.parseInt(parts[1].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--size must be WIDTHxHEIGHT in pixels, like 1600x1000; got '" + text + "'");
        }
        if (width < minWidth || height < minHeight || width > maxWidth || height > maxHeight) {
            throw new IllegalArgumentException("--size must be between " + minWidth + "x" + minHeight + " and "
                    + maxWidth + "x" + maxHeight + ", got " + text);
        }
        return new int[] {width, height};
    }
}
