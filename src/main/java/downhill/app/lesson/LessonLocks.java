package downhill.app.lesson;

import downhill.app.i18n.Messages;
import downhill.app.landscape.RaceKeys;
import downhill.app.presentation.Shortcuts;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * A lesson step's hidden and locked controls in one window, and its keys. After each layout pass the window's nodes
 * are matched to the step's controls ({@link LessonControlNodes}), so parts made later (an optimizer row opened) are
 * caught too: hidden ones leave the layout, locked ones fade, say "locked by this lesson" when pointed at, and take
 * no clicks, drags, wheel or typing. Page Down and Page Up (a clicker) move through the steps.
 */
final class LessonLocks {

    static final String LOCKED_STYLE = "lesson-locked";
    private static final List<EventType<? extends Event>> BLOCKED = List.of(
            MouseEvent.MOUSE_PRESSED,
            MouseEvent.MOUSE_RELEASED,
            MouseEvent.MOUSE_CLICKED,
            MouseEvent.MOUSE_DRAGGED,
            ScrollEvent.SCROLL,
            KeyEvent.KEY_PRESSED,
            KeyEvent.KEY_TYPED);
    /** Keys that still work on a locked control: moving the focus on, and the lesson's own. */
    private static final Set<KeyCode> PASSING = Set.of(KeyCode.TAB, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.ESCAPE);

    private final LessonViewModel lesson;
    private final LessonAuthoringViewModel authoring;
    private final Scene scene;
    /** What each changed node was before: its visibility and layout, its tooltip. */
    private final Map<Node, Before> changed = new WeakHashMap<>();

    /** A changed node: whether it is hidden and locked now, its own tooltip, and the lock's while locked. */
    private record Before(boolean hidden, boolean locked, Tooltip tooltip, Tooltip lockTip) {}

    private LessonLocks(Scene scene, LessonViewModel lesson, LessonAuthoringViewModel authoring) {
        this.scene = scene;
        this.lesson = lesson;
        this.authoring = authoring;
    }

    /** Once per scene (a window reloaded in place keeps its scene and these). */
    static void install(Scene scene, LessonViewModel lesson, LessonAuthoringViewModel authoring) {
        if (scene.getProperties().putIfAbsent(LessonLocks.class, lesson) != null) {
            return;
        }
        LessonLocks locks = new LessonLocks(scene, lesson, authoring);
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, locks::onContextMenu);
        for (EventType<? extends Event> type : BLOCKED) {
            scene.addEventFilter(type, locks::block);
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, locks::onKey);
        scene.addPostLayoutPulseListener(locks::apply);
    }

    private void onKey(KeyEvent e) {
        if (!lesson.activeProperty().get() || RaceKeys.typing(scene.getFocusOwner())) {
            return;
        }
        if (Shortcuts.LESSON_NEXT.matches(e)) {
            lesson.next();
            e.consume();
        } else if (Shortcuts.LESSON_BACK.matches(e)) {
            lesson.back();
            e.consume();
        }
    }

    /** While a lesson is written, a control's context menu hides or locks it in the newest step. */
    private void onContextMenu(ContextMenuEvent e) {
        if (!authoring.authoringProperty().get()) {
            return;
        }
        for (Node n = e.getTarget() instanceof Node target ? target : null; n != null; n = n.getParent()) {
            Set<String> controls = LessonControlNodes.of(n);
            if (!controls.isEmpty()) {
                authoringMenu(controls).show(n, e.getScreenX(), e.getScreenY());
                e.consume();
                return;
            }
        }
    }

    private ContextMenu authoringMenu(Set<String> controls) {
        ContextMenu menu = new ContextMenu();
        menu.setId("lesson-author-menu");
        for (String control : controls) {
            CheckMenuItem hide = new CheckMenuItem(Messages.text("lesson.author.hide", control));
            hide.setId("lesson-hide-" + control);
            hide.setSelected(authoring.hidden(control));
            hide.setOnAction(x -> authoring.hide(control, hide.isSelected()));
            CheckMenuItem lock = new CheckMenuItem(Messages.text("lesson.author.lock", control));
            lock.setId("lesson-lock-" + control);
            lock.setSelected(authoring.locked(control));
            lock.setOnAction(x -> authoring.lock(control, lock.isSelected()));
            menu.getItems().addAll(hide, lock);
        }
        return menu;
    }

    private void block(Event e) {
        if (changed.isEmpty()
                || e instanceof KeyEvent key && (PASSING.contains(key.getCode()) || key.isShortcutDown())) {
            return;
        }
        Node target = e instanceof KeyEvent ? scene.getFocusOwner() : e.getTarget() instanceof Node n ? n : null;
        for (Node n = target; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(LOCKED_STYLE)) {
                e.consume();
                return;
            }
        }
    }

    /** Matches the window's nodes to the step's controls; nothing to do outside a lesson that hides or locks. */
    private void apply() {
        Set<String> hidden = lesson.hidden();
        Set<String> locked = lesson.locked();
        if (hidden.isEmpty() && locked.isEmpty() && changed.isEmpty() || scene.getRoot() == null) {
            return;
        }
        walk(scene.getRoot(), hidden, locked);
    }

    private void walk(Node node, Set<String> hidden, Set<String> locked) {
        Set<String> controls = LessonControlNodes.of(node);
        if (!controls.isEmpty() || changed.containsKey(node)) {
            mark(node, !Collections.disjoint(controls, hidden), !Collections.disjoint(controls, locked));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, hidden, locked);
            }
        }
    }

    private void mark(Node node, boolean hide, boolean lock) {
        Before before = changed.get(node);
        boolean wasHidden = before != null && before.hidden();
        boolean wasLocked = before != null && before.locked();
        if (hide == wasHidden && lock == wasLocked) {
            return;
        }
        Tooltip own = before != null ? before.tooltip() : node instanceof Control c ? c.getTooltip() : null;
        Tooltip lockTip = before != null ? before.lockTip() : null;
        if (hide != wasHidden
                && !node.visibleProperty().isBound()
                && !node.managedProperty().isBound()) {
            node.setVisible(!hide);
            node.setManaged(!hide);
        }
        if (lock != wasLocked) {
            if (lock) {
                node.getStyleClass().add(LOCKED_STYLE);
                lockTip = new Tooltip(Messages.text("lesson.locked"));
                tooltip(node, lockTip, null);
            } else {
                node.getStyleClass().remove(LOCKED_STYLE);
                tooltip(node, own, lockTip);
                lockTip = null;
            }
        }
        if (hide || lock) {
            changed.put(node, new Before(hide, lock, own, lockTip));
        } else {
            changed.remove(node);
        }
    }

    /** Gives {@code node} the tooltip {@code shown} in place of {@code replaced} (a node that is no control). */
    private static void tooltip(Node node, Tooltip shown, Tooltip replaced) {
        if (node instanceof Control control) {
            if (!control.tooltipProperty().isBound()) {
                control.setTooltip(shown);
            }
            return;
        }
        if (replaced != null) {
            Tooltip.uninstall(node, replaced);
        }
        if (shown != null) {
            Tooltip.install(node, shown);
        }
    }
}
