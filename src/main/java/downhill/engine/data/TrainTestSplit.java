package downhill.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A dataset cut in two from a seed: for classes, each class is split in the same proportion (stratified), so
 * both parts keep the class balance; for regression, a plain random cut. Both parts keep the original order of
 * their samples.
 */
public record TrainTestSplit(Dataset train, Dataset test) {

    /**
     * @param testFraction the share of samples held out for testing, {@code 0 < f < 1}; per class it is rounded
     *        to the nearest whole sample
     */
    public static TrainTestSplit split(Dataset data, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("the test fraction must be > 0 and < 1, got " + testFraction);
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] held = new boolean[data.sampleCount()];
        List<int[]> groups = new ArrayList<>();
        if (data.isClassification()) {
            int[] counts = data.classCounts();
            if (counts.length > 1 && Arrays.stream(counts).allMatch(count -> count <= 1)) {
                // An ID column picked as the label: no split, and no training, can make sense of it.
                throw new IllegalArgumentException(
                        "column '" + data.targetName() + "' looks like an identifier:" + " every class has one sample");
            }
            int[][] members = new int[counts.length][];
            int[] filled = new int[counts.length];
            for (int c = 0; c < counts.length; c++) {
                members[c] = new int[counts[c]];
            }
            for (int i = 0; i < data.sampleCount(); i++) {
                int c = (int) data.targets()[i];
                members[c][filled[c]++] = i;
            }
            groups.addAll(Arrays.asList(members));
        } else {
            int[] all = new int[data.sampleCount()];
            Arrays.setAll(all, i -> i);
            groups.add(all);
        }
        int testCount = 0;
        for (int[] group : groups) {
            shuffle(group, random);
            int take = (int) Math.round(group.length * testFraction);
            for (int i = 0; i < take; i++) {
                held[group[i]] = true;
            }
            testCount += take;
        }
        int trainCount = data.sampleCount() - testCount;
        if (testCount == 0 || trainCount == 0) {
            throw new IllegalArgumentException("a test fraction of " + testFraction + " of " + data.sampleCount()
                    + " samples leaves " + (testCount == 0 ? "no test samples" : "no training samples"));
        }
        int[] trainRows = new int[trainCount];
        int[] testRows = new int[testCount];
        int t = 0;
        int h = 0;
        for (int i = 0; i < held.length; i++) {
            if (held[i]) {
                testRows[h++] = i;
            } else {
                trainRows[t++] = i;
            }
        }
        return new TrainTestSplit(data.rows(trainRows), data.rows(testRows));
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int kept = values[i];
            values[i] = values[j];
            values[j] = kept;
        }
    }
}
