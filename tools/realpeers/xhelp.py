"""Small X11/D-Bus helpers for the real-peer checks (Debian's /usr/bin/python3).

Needs: python3-xlib, python3-dbus (Debian packages); DISPLAY set; for `traymenu`, a session bus with
xfce4-panel (StatusNotifierWatcher) running.
  windows                      list top-level windows: id, mapped/unmapped, title
  close TITLE                  send WM_DELETE_WINDOW (what a window manager's close button sends) to mapped
                               windows whose title contains TITLE ("=TITLE": exactly TITLE, "^TITLE": starts with TITLE)
  id TITLE                     print the id of the first mapped window matching TITLE (same rules as close)
  traymenu                     print every registered StatusNotifierItem, its tooltip and its menu labels
  traymenu-click LABEL-START   trigger the tray menu item whose label starts with LABEL-START
"""
from __future__ import annotations

import sys


def _x():
    from Xlib import display
    d = display.Display()
    return d, d.screen().root


def _walk(win):
    yield win
    for c in win.query_tree().children:
        yield from _walk(c)


def _title(d, w):
    try:
        net = w.get_full_property(d.intern_atom("_NET_WM_NAME"), d.intern_atom("UTF8_STRING"))
        if net is not None:
            return net.value.decode("utf-8", "replace")
        name = w.get_wm_name()
        return name if isinstance(name, str) else (name.decode() if name else "")
    except Exception:
        return ""


def windows():
    d, root = _x()
    out = []
    for w in root.query_tree().children:
        t = _title(d, w)
        if t:
            attrs = w.get_attributes()
            out.append((w, t, attrs.map_state != 0))
    return d, out


def _match(ws, sub):
    if sub.startswith("="):
        return [w for w, t, m in ws if m and t == sub[1:]]
    if sub.startswith("^"):
        return [w for w, t, m in ws if m and t.startswith(sub[1:])]
    return [w for w, t, m in ws if m and sub in t]


def cmd_id(sub: str):
    _, ws = windows()
    hit = _match(ws, sub)
    if not hit:
        sys.exit(1)
    print(hit[0].id)


def cmd_windows():
    _, ws = windows()
    for w, t, mapped in ws:
        print(f"0x{w.id:08x}  {'mapped  ' if mapped else 'unmapped'}  {t}")


def cmd_close(sub: str):
    from Xlib import X, protocol
    d, ws = windows()
    wm_protocols = d.intern_atom("WM_PROTOCOLS")
    wm_delete = d.intern_atom("WM_DELETE_WINDOW")
    hit = _match(ws, sub)
    if not hit:
        print(f"no mapped window with {sub!r} in its title", file=sys.stderr)
        sys.exit(1)
    for w in hit:
        data = (32, [wm_delete, X.CurrentTime, 0, 0, 0])
        ev = protocol.event.ClientMessage(window=w, client_type=wm_protocols, data=data)
        w.send_event(ev, event_mask=0)
        print(f"sent WM_DELETE_WINDOW to 0x{w.id:08x} {_title(d, w)}")
    d.flush()


def _items():
    import dbus
    bus = dbus.SessionBus()
    watcher = bus.get_object("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher")
    props = dbus.Interface(watcher, "org.freedesktop.DBus.Properties")
    regs = props.Get("org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems")
    for reg in regs:
        service, _, path = str(reg).partition("/")
        path = "/" + path if path else "/StatusNotifierItem"
        item = bus.get_object(service, path)
        ip = dbus.Interface(item, "org.freedesktop.DBus.Properties")
        allp = ip.GetAll("org.kde.StatusNotifierItem")
        menu_path = str(allp.get("Menu", ""))
        tooltip = allp.get("ToolTip")
        tip = str(tooltip[2]) if tooltip else ""
        yield bus, service, path, allp, menu_path, tip


def _menu_entries(bus, service, menu_path):
    import dbus
    menu = dbus.Interface(bus.get_object(service, menu_path), "com.canonical.dbusmenu")
    _rev, layout = menu.GetLayout(0, -1, dbus.Array([], signature="s"))

    def walk(node, depth=0):
        mid, props, children = node
        if depth:
            yield int(mid), str(props.get("label", "")), str(props.get("type", "")), bool(props.get("enabled", True))
        for ch in children:
            yield from walk(ch, depth + 1)

    return menu, list(walk(layout))


def cmd_traymenu():
    n = 0
    for bus, service, path, allp, menu_path, tip in _items():
        n += 1
        print(f"item {service}{path}: Id={allp.get('Id')} Title={allp.get('Title')} Status={allp.get('Status')} "
              f"ToolTip={tip!r} Menu={menu_path}")
        if menu_path:
            _, entries = _menu_entries(bus, service, menu_path)
            for mid, label, typ, enabled in entries:
                print(f"   menu[{mid}] {'separator' if typ == 'separator' else repr(label)}"
                      f"{'' if enabled else ' (disabled)'}")
    print(f"{n} status notifier item(s)")


def cmd_traymenu_click(start: str):
    import time

    import dbus
    for bus, service, _path, _allp, menu_path, _tip in _items():
        menu, entries = _menu_entries(bus, service, menu_path)
        for mid, label, _typ, _enabled in entries:
            if label.replace("_", "").replace("&", "").startswith(start):
                menu.Event(dbus.Int32(mid), "clicked", dbus.String("", variant_level=1), dbus.UInt32(int(time.time())))
                print(f"clicked menu[{mid}] {label!r}")
                return
    print(f"no tray menu item starting {start!r}", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    cmd, *args = sys.argv[1:] or ["windows"]
    {"windows": cmd_windows, "id": cmd_id, "close": cmd_close, "traymenu": cmd_traymenu,
     "traymenu-click": cmd_traymenu_click}[cmd](*args)
