"""What a screen reader sees of Caregiver Assistant: walks the AT-SPI tree and lists controls without a name.

Needs: Debian's /usr/bin/python3 with python3-pyatspi (and at-spi2-core); the app running with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on the same session bus, started AFTER the accessibility bus is up (run
`a11y_walk.py ping` first: Qt does not start the bus itself). a11y_check.sh drives all of this.
  ping                          start the AT-SPI bus (D-Bus activation) and list applications
  dump LABEL JSONFILE           append every control (role, name, description, showing, path, labelled-by) of
                                every window of the app to JSONFILE under LABEL; prints unnamed showing controls
  page NAME                     select the page NAME in the navigation list (AT-SPI Selection on "Pages")
  page-action NAME              press (doAction 0, "Toggle") the navigation list item NAME
  current-page                  print the page title on screen (a showing label named like a page)
  tabs                          print the names of the page tabs on screen, one a line
  tab NAME                      select the page tab NAME among the tab bars on screen (AT-SPI Selection)
  press WINDOW BUTTON           press (doAction 0) the push button named BUTTON in the window whose title
                                contains WINDOW (returns at once; the action may open a modal dialog)
  select-row TABLE ROW          select row ROW of the table named TABLE
  summary JSONFILE              print the unnamed controls of every dump, de-duplicated
"""
from __future__ import annotations

import json
import sys
import threading

import pyatspi

CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry", "password text",
    "spin button", "slider", "list", "list box", "table", "tree", "tree table", "page tab", "page tab list",
    "menu item", "check menu item", "radio menu item", "menu", "menu bar", "scroll pane", "date editor",
}
MENU_ROLES = {"menu item", "check menu item", "radio menu item", "menu"}
WINDOW_ROLES = {"frame", "dialog", "window", "alert", "file chooser"}


def app():
    d = pyatspi.Registry.getDesktop(0)
    for i in range(d.childCount):
        a = d.getChildAtIndex(i)
        if a is not None and "caregiver" in (a.name or "").lower():
            return a
    raise SystemExit("Caregiver Assistant is not on the accessibility bus")


def walk(acc, path=(), depth=0):
    if acc is None or depth > 40:
        return
    yield acc, path
    name = acc.name or ""
    step = f"{acc.getRoleName()}" + (f" '{name[:40]}'" if name else "")
    try:
        n = acc.childCount
    except Exception:
        return
    if acc.getRoleName() in ("table", "list", "tree", "tree table") and n > 60:
        n = 60  # rows beyond the first few add nothing
    for i in range(n):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, path + (step,), depth + 1)


def labelled_by(acc) -> list[str]:
    out = []
    try:
        for rel in acc.getRelationSet():
            if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for k in range(rel.getNTargets()):
                    t = rel.getTarget(k)
                    out.append(t.name or t.queryText().getText(0, -1) if t else "")
    except Exception:
        pass
    return out


def windows():
    a = app()
    return [a.getChildAtIndex(i) for i in range(a.childCount)]


def controls_of(win):
    title = win.name or ""
    showing_win = win.getState().contains(pyatspi.STATE_SHOWING)
    out = []
    for acc, path in walk(win):
        role = acc.getRoleName()
        if role not in CONTROL_ROLES:
            continue
        st = acc.getState()
        in_menu = any(p.startswith("menu bar") for p in path) or role in MENU_ROLES
        if role == "scroll pane":
            continue
        out.append({
            "window": title, "window_showing": showing_win, "role": role, "name": acc.name or "",
            "description": acc.description or "", "showing": st.contains(pyatspi.STATE_SHOWING),
            "editable": st.contains(pyatspi.STATE_EDITABLE), "in_menu": in_menu,
            "labelled_by": labelled_by(acc), "path": " > ".join(path[1:]),
        })
    return out


def relevant(c) -> bool:
    """Shown on screen now (or an item of the menu bar's menus)."""
    return c["window_showing"] and (c["showing"] or c["in_menu"])


def cmd_ping():
    d = pyatspi.Registry.getDesktop(0)
    apps = [d.getChildAtIndex(i).name for i in range(d.childCount)]
    print("accessibility bus up;", d.childCount, "application(s):", apps)


def cmd_dump(label, jsonfile):
    rows = []
    for w in windows():
        for c in controls_of(w):
            c["dump"] = label
            rows.append(c)
    try:
        with open(jsonfile) as f:
            data = json.load(f)
    except (OSError, ValueError):
        data = []
    data.extend(rows)
    with open(jsonfile, "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
    shown = [c for c in rows if relevant(c)]
    unnamed = [c for c in shown if not c["name"].strip()]
    wins = sorted({c["window"] for c in rows if c["window_showing"]})
    print(f"[{label}] showing windows: {wins}; controls on screen: {len(shown)}; without a name: {len(unnamed)}")
    for c in unnamed:
        lb = f" (labelled-by {c['labelled_by']})" if c["labelled_by"] else ""
        desc = f" description={c['description']!r}" if c["description"] else ""
        print(f"   - {c['role']}{' (editable)' if c['editable'] else ''}{lb}{desc} in {c['window']!r}: {c['path']}")


def find(root, pred):
    for acc, _ in walk(root):
        if pred(acc):
            return acc
    return None


def cmd_page(name):
    for w in windows():
        nav = find(w, lambda a: a.getRoleName() == "list" and a.name == "Pages")
        if nav is None:
            continue
        for i in range(nav.childCount):
            if nav.getChildAtIndex(i).name == name:
                ok = nav.querySelection().selectChild(i)
                print(f"selected page {name!r}: {ok}")
                return
    raise SystemExit(f"no page {name!r}")


PAGE_TITLES = ("Today", "Medicines", "Diary", "Plans", "Information", "Reports")


def cmd_current_page():
    for w in windows():
        if not w.getState().contains(pyatspi.STATE_SHOWING):
            continue
        for acc, _ in walk(w):
            if (acc.getRoleName() == "label" and acc.name in PAGE_TITLES
                    and acc.getState().contains(pyatspi.STATE_SHOWING)):
                print(acc.name)
                return
    print("?")


def cmd_page_action(name):
    for w in windows():
        nav = find(w, lambda a: a.getRoleName() == "list" and a.name == "Pages")
        if nav is None:
            continue
        for i in range(nav.childCount):
            item = nav.getChildAtIndex(i)
            if item.name == name:
                act = item.queryAction()
                print(f"action {act.getName(0)!r} on page item {name!r}: {act.doAction(0)}")
                return
    raise SystemExit(f"no page {name!r}")


def cmd_tabs():
    for w in windows():
        for acc, _ in walk(w):
            if acc.getRoleName() == "page tab list" and acc.getState().contains(pyatspi.STATE_SHOWING):
                for i in range(acc.childCount):
                    tab = acc.getChildAtIndex(i)
                    if tab.getRoleName() == "page tab":
                        print(tab.name)


def cmd_tab(name):
    for w in windows():
        for acc, _ in walk(w):
            if acc.getRoleName() == "page tab list" and acc.getState().contains(pyatspi.STATE_SHOWING):
                for i in range(acc.childCount):
                    if acc.getChildAtIndex(i).name == name:
                        print(f"selected tab {name!r}: {acc.querySelection().selectChild(i)}")
                        return
    raise SystemExit(f"no tab {name!r} on screen")


def cmd_press(window, button):
    for w in windows():
        if window in (w.name or "") and w.getState().contains(pyatspi.STATE_SHOWING):
            b = find(w, lambda a: a.getRoleName() == "push button" and a.name == button)
            if b is not None:
                t = threading.Thread(target=lambda b=b: b.queryAction().doAction(0), daemon=True)
                t.start()
                t.join(3)
                print(f"pressed {button!r} in {w.name!r}{'' if not t.is_alive() else ' (still running: modal)'}")
                return
    raise SystemExit(f"no button {button!r} in a window titled like {window!r}")


def cmd_select_row(table, row):
    for w in windows():
        t = find(w, lambda a: a.getRoleName() == "table" and a.name == table)
        if t is not None:
            print(f"select row {row} of {table!r}:", t.queryTable().addRowSelection(int(row)))
            return
    raise SystemExit(f"no table {table!r}")


def cmd_summary(jsonfile):
    with open(jsonfile) as f:
        data = json.load(f)
    seen, groups = set(), {}
    for c in data:
        if not relevant(c) or c["name"].strip():
            continue
        key = (c["window"].split(" — ")[0] if c["window"].startswith("Caregiver Assistant") else c["window"],
               c["role"], c["path"])
        if key in seen:
            continue
        seen.add(key)
        groups.setdefault(c["dump"], []).append(c)
    total = sum(len(v) for v in groups.values())
    print(f"unnamed controls (each counted once, under the first view it appeared in): {total}")
    by_role = {}
    for rows in groups.values():
        for c in rows:
            by_role[c["role"]] = by_role.get(c["role"], 0) + 1
    print("by role:", by_role)
    for label, rows in groups.items():
        print(f"[{label}] {len(rows)}")
        for c in rows:
            lb = f" (labelled-by {c['labelled_by']})" if c["labelled_by"] else ""
            desc = f" description={c['description']!r}" if c["description"] else ""
            print(f"   - {c['role']}{lb}{desc} in {c['window']!r}: {c['path']}")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"ping": cmd_ping, "dump": cmd_dump, "page": cmd_page, "press": cmd_press, "select-row": cmd_select_row,
     "page-action": cmd_page_action, "current-page": cmd_current_page, "tab": cmd_tab, "tabs": cmd_tabs,
     "summary": cmd_summary}[cmd.replace("_", "-")](*args)
