/**
 * Typed functions: an expression language for f(x, y) (see {@link downhill.engine.function.expression.Expression}
 * and docs/expressions.md), parsed once into a tree that prints back canonically, then compiled to register code
 * with exact forward-mode gradients ({@link downhill.engine.function.expression.ExpressionObjective}).
 * Mistakes are {@link downhill.engine.function.expression.ExpressionException}s located by column.
 */
package downhill.engine.function.expression;
