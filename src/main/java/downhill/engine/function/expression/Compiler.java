package downhill.engine.function.expression;

import downhill.engine.function.expression.Node.Binary;
import downhill.engine.function.expression.Node.Call;
import downhill.engine.function.expression.Node.Constant;
import downhill.engine.function.expression.Node.Literal;
import downhill.engine.function.expression.Node.Negation;
import downhill.engine.function.expression.Node.Variable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a tree into straight-line register code, once. On the way it folds constant subtrees, shares equal
 * subtrees ({@code x*y} computed once however often it is written), drops exact identities ({@code u*1},
 * {@code u/1}, {@code u - 0}, {@code --u}) and writes integer powers up to {@value #MAX_EXPANDED_POWER} as
 * multiplications (square and multiply), since {@code Math.pow} costs ten of them.
 *
 * <p>Besides the code for one point it splits the work of a grid row: what depends on y alone runs once per row as
 * scalars, and only what depends on x runs across the row.
 */
final class Compiler {

    static final int MAX_EXPANDED_POWER = 64;

    /** The registers of the inputs in every program. */
    static final int X_REGISTER = 0;

    static final int Y_REGISTER = 1;

    /** A value of the graph: an instruction on earlier values, or a leaf (x, y, a constant). */
    private record Value(int op, int a, int b, double constant) {}

    private final List<Value> values = new ArrayList<>();
    private final Map<Value, Integer> ids = new HashMap<>();

    private Compiler() {}

    static CompiledExpression compile(Node tree) {
        Compiler compiler = new Compiler();
        int root = compiler.lower(tree);
        return compiler.finish(root);
    }

    private int lower(Node node) {
        if (node instanceof Literal literal) {
            return constant(literal.value());
        }
        if (node instanceof Constant constant) {
            return constant(constant.value());
        }
        if (node instanceof Variable variable) {
            return intern(new Value(variable == Variable.X ? Op.X : Op.Y, -1, -1, 0));
        }
        if (node instanceof Negation negation) {
            return emit(Op.NEG, lower(negation.operand()), -1);
        }
        if (node instanceof Binary binary) {
            // A long sum or product is one chain: a loop, so that 5,000 terms do not need 5,000 frames.
            List<Binary> chain = Binary.chain(binary);
            int value = lower(chain.get(0).left());
            for (Binary link : chain) {
                value = emit(link.operator().op(), value, lower(link.right()));
            }
            return value;
        }
        Call call = (Call) node;
        int first = lower(call.arguments().get(0));
        return emit(
                call.function().op(),
                first,
                call.arguments().size() > 1 ? lower(call.arguments().get(1)) : -1);
    }

    private int emit(int op, int a, int b) {
        boolean binary = Op.isBinary(op);
        Value left = values.get(a);
        Value right = binary ? values.get(b) : left;
        if (left.op() == Op.CONST && right.op() == Op.CONST) {
            return constant(Op.apply(op, left.constant(), right.constant()));
        }
        if (op == Op.POW
                && right.op() == Op.CONST
                && Math.rint(right.constant()) == right.constant()
                && Math.abs(right.constant()) <= MAX_EXPANDED_POWER) {
            return power(a, (int) right.constant());
        }
        if ((op == Op.MUL || op == Op.DIV) && isConstant(right, 1) || op == Op.SUB && isConstant(right, 0)) {
            return a;
        }
        if (op == Op.MUL && isConstant(left, 1)) {
            return b;
        }
        if (op == Op.MUL && isConstant(right, -1)) {
            return emit(Op.NEG, a, -1);
        }
        if (op == Op.MUL && isConstant(left, -1)) {
            return emit(Op.NEG, b, -1);
        }
        if (op == Op.NEG && left.op() == Op.NEG) {
            return left.a();
        }
        if (Op.isCommutative(op) && a > b) {
            return intern(new Value(op, b, a, 0));
        }
        return intern(new Value(op, a, binary ? b : a, 0));
    }

    /** u^n for an integer n, by square and multiply: u^5 = u·(u²)², u^-2 = 1/u². Exact for n = 0 and 1. */
    private int power(int base, int n) {
        if (n == 0) {
            return constant(1); // like Math.pow, even for NaN
        }
        if (n < 0) {
            return emit(Op.DIV, constant(1), power(base, -n));
        }
        int result = -1;
        int square = base;
        for (int m = n; m > 0; m >>= 1) {
            if ((m & 1) != 0) {
                result = result < 0 ? square : emit(Op.MUL, result, square);
            }
            if (m > 1) {
                square = emit(Op.MUL, square, square);
            }
        }
        return result;
    }

    private static boolean isConstant(Value value, double constant) {
        // +0.0 only: u - 0.0 is u for every u, u - (-0.0) turns -0.0 into +0.0.
        return value.op() == Op.CONST && Double.compare(value.constant(), constant) == 0;
    }

    private int constant(double value) {
        return intern(new Value(Op.CONST, -1, -1, value));
    }

    private int intern(Value value) {
        return ids.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
    }

    private CompiledExpression finish(int root) {
        int count = values.size();
        boolean[] reachable = new boolean[count];
        reachable[root] = true;
        boolean[] varying = new boolean[count];
        for (int id = count - 1; id >= 0; id--) {
            Value value = values.get(id);
            if (reachable[id] && !Op.isLeaf(value.op())) {
                reachable[value.a()] = true;
                reachable[value.b()] = true;
            }
        }
        // Operands come before their users, so one forward pass finds what depends on x.
        for (int id = 0; id < count; id++) {
            Value value = values.get(id);
            varying[id] = value.op() == Op.X || !Op.isLeaf(value.op()) && (varying[value.a()] || varying[value.b()]);
        }

        // Inputs and constants: fixed registers 0, 1, 2, … in every scalar program.
        int[] scalarFixed = new int[count];
        Arrays.fill(scalarFixed, -1);
        List<Double> constants = new ArrayList<>();
        for (int id = 0; id < count; id++) {
            Value value = values.get(id);
            if (value.op() == Op.X) {
                scalarFixed[id] = X_REGISTER;
            } else if (value.op() == Op.Y) {
                scalarFixed[id] = Y_REGISTER;
            } else if (value.op() == Op.CONST && reachable[id]) {
                scalarFixed[id] = 2 + constants.size();
                constants.add(value.constant());
            }
        }
        int fixedCount = 2 + constants.size();

        boolean[] keepRoot = new boolean[count];
        keepRoot[root] = true;
        Allocation point = allocate(instructions(reachable, null, false), scalarFixed, fixedCount, keepRoot);

        // A grid row: the y-only part once, as scalars, keeping what the x part reads; then the x part per lane.
        boolean[] broadcast = new boolean[count];
        for (int id = 0; id < count; id++) {
            Value value = values.get(id);
            if (reachable[id] && varying[id] && !Op.isLeaf(value.op())) {
                broadcast[value.a()] |= !varying[value.a()];
                broadcast[value.b()] |= !varying[value.b()];
            }
        }
        boolean[] keepForRow = broadcast.clone();
        keepForRow[root] = true;
        Allocation uniform = allocate(instructions(reachable, varying, false), scalarFixed, fixedCount, keepForRow);

        int[] laneFixed = new int[count];
        Arrays.fill(laneFixed, -1);
        Integer x = ids.get(new Value(Op.X, -1, -1, 0));
        if (x != null) {
            laneFixed[x] = X_REGISTER;
        }
        int lanes = 1;
        List<Integer> fills = new ArrayList<>();
        for (int id = 0; id < count; id++) {
            if (broadcast[id]) {
                laneFixed[id] = lanes;
                fills.add(uniform.register()[id]);
                fills.add(lanes);
                lanes++;
            }
        }
        Allocation row =
                varying[root] ? allocate(instructions(reachable, varying, true), laneFixed, lanes, keepRoot) : null;

        double[] pointRegisters = registers(point.count(), constants);
        double[] uniformRegisters = registers(uniform.count(), constants);
        return new CompiledExpression(
                point.code(),
                pointRegisters,
                point.register()[root],
                uniform.code(),
                uniformRegisters,
                fills.stream().mapToInt(Integer::intValue).toArray(),
                row == null ? null : row.code(),
                row == null ? 0 : row.count(),
                row == null ? uniform.register()[root] : row.register()[root]);
    }

    /** The computing values to run, in graph order; all when {@code varying} is null, else the ones that match. */
    private int[] instructions(boolean[] reachable, boolean[] varying, boolean wanted) {
        List<Integer> order = new ArrayList<>();
        for (int id = 0; id < values.size(); id++) {
            if (reachable[id] && !Op.isLeaf(values.get(id).op()) && (varying == null || varying[id] == wanted)) {
                order.add(id);
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Code with registers; {@code register[id]} is where value id ends up. */
    private record Allocation(int[] code, int count, int[] register) {}

    /**
     * Gives each instruction's result a register: a fixed one for inputs and constants, otherwise one freed by a
     * value whose last use has passed (so a long expression needs few registers and a row's stay in cache). Values
     * marked {@code keep} are never freed: the caller reads them after the run.
     */
    private Allocation allocate(int[] order, int[] fixed, int fixedCount, boolean[] keep) {
        int[] register = Arrays.copyOf(fixed, values.size() + 1);
        int[] lastUse = new int[values.size()];
        Arrays.fill(lastUse, -1);
        for (int i = 0; i < order.length; i++) {
            Value value = values.get(order[i]);
            lastUse[value.a()] = i;
            lastUse[value.b()] = i;
        }
        Deque<Integer> free = new ArrayDeque<>();
        int count = fixedCount;
        int[] code = new int[order.length * 4];
        for (int i = 0; i < order.length; i++) {
            int id = order[i];
            Value value = values.get(id);
            int a = register[value.a()];
            int b = register[value.b()];
            release(value.a(), i, fixed, keep, lastUse, register, free);
            if (value.b() != value.a()) {
                release(value.b(), i, fixed, keep, lastUse, register, free);
            }
            int destination = free.isEmpty() ? count++ : free.pop();
            register[id] = destination;
            code[4 * i] = value.op();
            code[4 * i + 1] = destination;
            code[4 * i + 2] = a;
            code[4 * i + 3] = b;
        }
        return new Allocation(code, count, register);
    }

    private static void release(
            int id, int at, int[] fixed, boolean[] keep, int[] lastUse, int[] register, Deque<Integer> free) {
        if (fixed[id] < 0 && !keep[id] && lastUse[id] == at) {
            free.push(register[id]);
        }
    }

    private static double[] registers(int count, List<Double> constants) {
        double[] registers = new double[count];
        for (int i = 0; i < constants.size(); i++) {
            registers[2 + i] = constants.get(i);
        }
        return registers;
    }
}
