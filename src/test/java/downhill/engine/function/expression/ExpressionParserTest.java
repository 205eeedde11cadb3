package downhill.engine.function.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.expression.Node.Binary;
import downhill.engine.function.expression.Node.Call;
import downhill.engine.function.expression.Node.Constant;
import downhill.engine.function.expression.Node.Literal;
import downhill.engine.function.expression.Node.Negation;
import downhill.engine.function.expression.Node.Variable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The grammar, rule by rule: what each text means (its tree, its value) and how it prints back. */
class ExpressionParserTest {

    private static double at(String text, double x, double y) {
        return Expression.parse(text).evaluate(x, y);
    }

    private static String canonical(String text) {
        return Expression.parse(text).toString();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3          | 3",
                "0.5        | 0.5",
                ".5         | 0.5",
                "5.         | 5",
                "1e-3       | 0.001",
                "1E3        | 1000",
                "2.5E+2     | 250",
                "2.5e-2     | 0.025",
                "007        | 7",
                "1e-400     | 0",
            })
    void numbersInDecimalAndScientificForm(String text, double value) {
        assertEquals(new Literal(value), Expression.parse(text).tree());
    }

    @Test
    void variablesAndConstants() {
        assertEquals(Variable.X, Expression.parse("x").tree());
        assertEquals(Variable.Y, Expression.parse("y").tree());
        assertEquals(Math.PI, at("pi", 0, 0));
        assertEquals(Math.E, at("e", 0, 0));
        assertEquals(1.5, at("x", 1.5, -2));
        assertEquals(-2, at("y", 1.5, -2));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1 + 2*3       | 7",
                "(1 + 2)*3     | 9",
                "2*3^2         | 18",
                "8/2/2         | 2",
                "8 - 2 - 2     | 4",
                "2^3^2         | 512",
                "(2^3)^2       | 64",
                "-2^2          | -4",
                "(-2)^2        | 4",
                "2^-1          | 0.5",
                "-2*3          | -6",
                "2*-3          | -6",
                "2 - -3        | 5",
                "--2           | 2",
                "+2            | 2",
                "1 + 2^2*3 - 4/2 | 11",
                "2^-2^2        | 0.0625",
            })
    void precedenceAndAssociativity(String text, double value) {
        assertEquals(value, at(text, 0, 0));
    }

    @Test
    void unaryMinusBindsLooserThanPowerButTighterThanProduct() {
        assertEquals(
                new Negation(new Binary(Operator.POWER, Variable.X, new Literal(2))),
                Expression.parse("-x^2").tree());
        assertEquals(
                new Binary(Operator.MULTIPLY, new Negation(Variable.X), Variable.Y),
                Expression.parse("-x*y").tree());
        assertEquals(-9, at("-x^2", 3, 0));
        assertEquals(9, at("(-x)^2", 3, 0));
    }

    @Test
    void powerIsRightAssociative() {
        assertEquals(
                new Binary(Operator.POWER, new Literal(2), new Binary(Operator.POWER, new Literal(3), new Literal(2))),
                Expression.parse("2^3^2").tree());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2x          | 2*x          | 3",
                "2 x         | 2*x          | 3",
                "3(x+1)      | 3*(x + 1)    | 7.5",
                "2sin(x)     | 2*sin(x)     | 1.9949899732081089",
                "0.5x^2      | 0.5*x^2      | 1.125",
                "2pi         | 2*pi         | 6.283185307179586",
                "2exp(x)     | 2*exp(x)     | 8.963378140676129",
                "1e-3x       | 0.001*x      | 0.0015",
                "-2x         | -2*x         | -3",
                "x/2x        | x/2*x        | 1.125",
                "2x*y        | 2*x*y        | 6",
            })
    void implicitMultiplicationAfterANumber(String text, String printed, double value) {
        assertEquals(printed, canonical(text));
        assertEquals(value, at(text, 1.5, 2), 1e-15);
    }

    @Test
    void implicitMultiplicationComesOnlyAfterANumber() {
        assertEquals(
                "unexpected '(' at column 5",
                Assertions.assertThrows(ExpressionException.class, () -> Expression.parse("2(x)(y)"))
                        .getMessage());
    }

    @Test
    void implicitMultiplicationHasTheBindingOfAStar() {
        assertEquals(Expression.parse("x/2*x"), Expression.parse("x/2x"));
        assertEquals(Expression.parse("2^3*x"), Expression.parse("2^3x"));
    }

    @Test
    void whitespaceIsFree() {
        Expression tight = Expression.parse("(1-x)^2+100*(y-x^2)^2");
        Expression loose = Expression.parse(" \t( 1 -x ) ^ 2 +\n100 * ( y- x ^2)^ 2  ");
        assertEquals(tight, loose);
        assertEquals(canonical("max(x,y)"), canonical("max ( x ,  y )"));
    }

    @Test
    void logIsTheNaturalLogarithmLikeLn() {
        assertEquals(1, at("log(e)", 0, 0));
        assertEquals(at("ln(x)", 7.25, 0), at("log(x)", 7.25, 0));
        assertEquals(2, at("log10(100)", 0, 0));
    }

    /** Reference values from another implementation (Python's math module) at x = 0.375, y = -1.25. */
    private static final Map<String, Double> AT_X_AND_Y = Map.ofEntries(
            Map.entry("sin", 0.36627252908604757),
            Map.entry("cos", 0.9305076219123143),
            Map.entry("tan", 0.39362657592563277),
            Map.entry("asin", 0.3843967744956391),
            Map.entry("acos", 1.1863995522992576),
            Map.entry("atan", 0.35877067027057225),
            Map.entry("sinh", 0.38385106791361456),
            Map.entry("cosh", 1.0711403467045868),
            Map.entry("tanh", 0.35835739835078595),
            Map.entry("exp", 1.4549914146182013),
            Map.entry("log", -0.9808292530117262),
            Map.entry("ln", -0.9808292530117262),
            Map.entry("log10", -0.42596873227228116),
            Map.entry("sqrt", 0.6123724356957945),
            Map.entry("abs", 0.375),
            Map.entry("sign", 1.0),
            Map.entry("min", -1.25),
            Map.entry("max", 0.375),
            Map.entry("pow", 3.40769655598012),
            Map.entry("atan2", 2.8501358591119264),
            Map.entry("hypot", 1.3050383136138188));

    /** Every function, called with arguments of its arity, computes what its name says. */
    @ParameterizedTest
    @EnumSource(MathFunction.class)
    void everyFunctionTakesItsArityAndComputesWhatItsNameSays(MathFunction function) {
        double x = 0.375;
        double y = -1.25;
        String call = function.symbol() + (function.arity() == 1 ? "(x)" : "(x, y)");
        double expected = AT_X_AND_Y.get(function.symbol());
        Expression parsed = Expression.parse(call);
        assertEquals(
                new Call(function, function.arity() == 1 ? List.of(Variable.X) : List.of(Variable.X, Variable.Y)),
                parsed.tree());
        assertEquals(expected, parsed.evaluate(x, y), 2 * Math.ulp(expected));
        assertEquals(parsed.evaluate(x, y), ExpressionObjective.parse(call).value(x, y));
        assertEquals(call, parsed.toString());
    }

    @ParameterizedTest
    @EnumSource(MathFunction.class)
    void everyFunctionRefusesAnyOtherNumberOfArguments(MathFunction function) {
        for (int count = 0; count <= 3; count++) {
            if (count == function.arity()) {
                continue;
            }
            List<String> arguments =
                    new ArrayList<>(Arrays.asList("x", "y", "1").subList(0, count));
            String text = function.symbol() + "(" + String.join(", ", arguments) + ")";
            ExpressionException e = Assertions.assertThrows(ExpressionException.class, () -> Expression.parse(text));
            assertEquals(
                    function.symbol() + " takes " + function.arity() + " argument" + (function.arity() == 1 ? "" : "s")
                            + ", got " + count + " at column 1",
                    e.getMessage());
        }
    }

    @Test
    void signOfZeroIsZero() {
        assertEquals(0, at("sign(x)", 0, 0));
        assertEquals(-1, at("sign(x)", -3, 0));
        assertEquals(1, at("sign(x)", 1e-300, 0));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "(1-x)^2 + 100*(y-x^2)^2                | (1 - x)^2 + 100*(y - x^2)^2",
                "((x))                                  | x",
                "x - (y - 1)                            | x - (y - 1)",
                "(x - y) - 1                            | x - y - 1",
                "x + (y + 1)                            | x + (y + 1)",
                "x*(y*2)                                | x*(y*2)",
                "(x*y)*2                                | x*y*2",
                "x/(y/2)                                | x/(y/2)",
                "-(x*y)                                 | -(x*y)",
                "(-x)*y                                 | -x*y",
                "-(-x)                                  | -(-x)",
                "(-x)^2                                 | (-x)^2",
                "(x^2)^3                                | (x^2)^3",
                "x^(-2)                                 | x^-2",
                "x^(y^2)                                | x^y^2",
                "x + (-y)                               | x + -y",
                "sin( x )*cos(y)                        | sin(x)*cos(y)",
                "atan2(y,x)+hypot(x,y)                  | atan2(y, x) + hypot(x, y)",
                "1e-5 + 1.5e16 + 100.0 + 0.1            | 1e-05 + 1.5e+16 + 100 + 0.1",
                "pi*e                                   | pi*e",
            })
    void printsTheCanonicalForm(String text, String printed) {
        String canonical = canonical(text);
        assertEquals(printed, canonical);
        assertEquals(Expression.parse(text), Expression.parse(canonical), "the canonical form parses back");
    }

    @Test
    void theCanonicalFormOfEveryBuiltinParsesBackToTheSameTree() {
        for (var builtin : Functions.builtins()) {
            Expression parsed = Expression.parse(builtin.formula());
            assertEquals(parsed, Expression.parse(parsed.toString()), builtin.name());
        }
    }

    @Test
    void keepsTheTextAsTyped() {
        assertEquals(" 2x ", Expression.parse(" 2x ").text());
        assertEquals("2*x", Expression.parse(" 2x ").toString());
        assertTrue(Expression.parse("x").equals(Expression.parse(" ( x ) ")));
    }

    @Test
    void nestingUpToTheLimitParses() {
        String deep = "(".repeat(Parser.MAX_DEPTH - 1) + "x" + ")".repeat(Parser.MAX_DEPTH - 1);
        assertEquals(Variable.X, Expression.parse(deep).tree());
        assertEquals(Constant.PI, Expression.parse("pi").tree());
    }
}
