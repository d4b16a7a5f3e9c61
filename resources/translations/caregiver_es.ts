<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>app</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/app.py"/>
        <source>%n records in the data file are damaged and left out; everything else is shown and reminded as usual.

{records}

The command &apos;caregiver-app check&apos; lists them all. A backup from before the damage (File &gt; Restore from backup…) brings them back.</source>
        <extracomment>English singular: %n record in the data file is damaged and left out; everything else is shown and reminded as usual.

{records}

The command &apos;caregiver-app check&apos; lists them all. A backup from before the damage (File &gt; Restore from backup…) brings them back.</extracomment>
        <translation>
            <numerusform>%n registro del archivo de datos está dañado y se ha dejado fuera; todo lo demás se muestra y se recuerda como siempre.

{records}

La orden &apos;caregiver-app check&apos; lo muestra. Una copia de seguridad de antes del daño (Archivo &gt; Restaurar desde una copia de seguridad…) lo recupera.</numerusform>
            <numerusform>%n registros del archivo de datos están dañados y se han dejado fuera; todo lo demás se muestra y se recuerda como siempre.

{records}

La orden &apos;caregiver-app check&apos; los muestra todos. Una copia de seguridad de antes del daño (Archivo &gt; Restaurar desde una copia de seguridad…) los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Already running</source>
        <translation>Ya está en marcha</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Cannot open your data</source>
        <translation>No se pueden abrir sus datos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Cannot use the data folder</source>
        <translation>No se puede usar la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is already running; its window was brought forward.</source>
        <translation>Caregiver Assistant ya está en marcha; su ventana se ha puesto delante.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is still running</source>
        <translation>Caregiver Assistant sigue en marcha</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant keeps running in the system tray so that reminders still come. Click its icon to open it again; use Quit in its menu (or Ctrl+Q) to stop it.</source>
        <translation>Caregiver Assistant sigue en marcha en la bandeja del sistema para que los recordatorios sigan llegando. Haga clic en su icono para volver a abrirlo; use Salir en su menú (o Ctrl+Q) para detenerlo.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant seems to be running already but does not answer. If it is stuck, end it and start again.</source>
        <translation>Parece que Caregiver Assistant ya está en marcha, pero no responde. Si se ha quedado bloqueado, ciérrelo y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Could not change the start-at-login setting: {error}</source>
        <translation>No se pudo cambiar el ajuste de abrir al iniciar la sesión: {error}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Damaged file kept</source>
        <translation>Se ha guardado el archivo dañado</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Data from a newer version</source>
        <translation>Datos de una versión más reciente</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Keep running</source>
        <translation>Seguir en marcha</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Quit Caregiver Assistant?</source>
        <translation>¿Salir de Caregiver Assistant?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Quit, reminders stop</source>
        <translation>Salir y detener los recordatorios</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Quitting stops the app: no dose reminders come until you start it again.</source>
        <translation>Al salir, la aplicación se detiene: no llegará ningún recordatorio de dosis hasta que la vuelva a abrir.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Reminders keep coming. Open it again from the icon in the system tray; choose Quit there to stop it.</source>
        <translation>Los recordatorios siguen llegando. Vuelva a abrirla desde el icono de la bandeja del sistema; elija Salir allí para detenerla.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Reminders paused until {time}</source>
        <translation>Recordatorios en pausa hasta las {time}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Some records could not be read</source>
        <translation>Algunos registros no se han podido leer</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Start a fresh data file</source>
        <translation>Empezar con un archivo de datos nuevo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Start at login</source>
        <translation>Abrir al iniciar la sesión</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Still running in the tray</source>
        <translation>Sigue en marcha en la bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>The damaged file was kept as:
{path}</source>
        <translation>El archivo dañado se ha guardado como:
{path}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>The data folder {folder} is read-only, so your data cannot be opened ({reason}). Nothing was changed. Make the folder writable and start again.</source>
        <translation>La carpeta de datos {folder} es de solo lectura, así que sus datos no se pueden abrir ({reason}). No se ha cambiado nada. Permita escribir en la carpeta y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>This computer has no system tray, so closing the window quits the app and reminders stop until you start it again.</source>
        <translation>Este ordenador no tiene bandeja del sistema, así que al cerrar la ventana se sale de la aplicación y los recordatorios se detienen hasta que la vuelva a abrir.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>Your data file cannot be read</source>
        <translation>No se puede leer su archivo de datos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>{problem}

You can start again with a fresh, empty data file. The damaged file is kept beside it (renamed), so it can still be rescued later.</source>
        <translation>{problem}

Puede empezar de nuevo con un archivo de datos nuevo y vacío. El archivo dañado se guarda a su lado (con otro nombre), para que todavía se pueda rescatar más adelante.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/app.py"/>
        <source>• … and {count} more</source>
        <translation>• … y {count} más</translation>
    </message>
</context>
<context>
    <name>ui.about</name>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Licence&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Licencia&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Reporting a problem&lt;/b&gt;&lt;p&gt;Please describe what you did and what happened at {link}. If the app showed an error report, copy it from that window. Attach the log files if you can; never send your data file, which holds health information.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cómo informar de un problema&lt;/b&gt;&lt;p&gt;Cuente lo que hizo y lo que pasó en {link}. Si la aplicación mostró un informe de error, cópielo de esa ventana. Adjunte los archivos de registro si puede; no envíe nunca su archivo de datos, que contiene información de salud.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them. They were last reviewed on {date}.&lt;/p&gt;</source>
        <translation>&lt;b&gt;De dónde viene la información médica&lt;/b&gt;&lt;p&gt;Las páginas de información están escritas con palabras sencillas a partir de estas fuentes, y cada página las cita. Se revisaron por última vez el {date}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;De dónde viene la información médica&lt;/b&gt;&lt;p&gt;Las páginas de información están escritas con palabras sencillas a partir de estas fuentes, y cada página las cita.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>About Caregiver Assistant</source>
        <translation>Acerca de Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant is free software under the MIT licence. It is built with Qt for Python (PySide6, LGPL v3), APScheduler, platformdirs and tzdata, each under its own licence.</source>
        <translation>Caregiver Assistant es software libre con la licencia MIT. Está hecho con Qt for Python (PySide6, LGPL v3), APScheduler, platformdirs y tzdata, cada uno con su propia licencia.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant version {version}</source>
        <translation>Caregiver Assistant, versión {version}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Dose reminders, a symptom diary and dose plans, kept only on this computer. This app does not give medical advice: talk to your doctor or nurse.</source>
        <translation>Recordatorios de dosis, un diario de síntomas y planes de dosis, guardados solo en este ordenador. Esta aplicación no da consejo médico: consulte a su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Log files (events and ids, no health data)</source>
        <translation>Archivos de registro (sucesos e identificadores, sin datos de salud)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Show the &amp;sources page</source>
        <translation>Ver la página de &amp;fuentes</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/about.py"/>
        <source>Your data folder</source>
        <translation>Su carpeta de datos</translation>
    </message>
</context>
<context>
    <name>ui.charts</name>
    <message>
        <location filename="../../src/caregiver_app/ui/charts.py"/>
        <source>Diary chart</source>
        <translation>Gráfico del diario</translation>
    </message>
</context>
<context>
    <name>ui.error_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/error_dialog.py"/>
        <source>Copy report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/error_dialog.py"/>
        <source>Error report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something unexpected went wrong. Your saved data is safe and the app keeps running.
If it happens again, copy this report and send it to whoever supports the app. It holds no health data.</source>
        <translation>Algo inesperado ha fallado. Sus datos guardados están a salvo y la aplicación sigue funcionando.
Si vuelve a pasar, copie este informe y envíelo a quien dé soporte a la aplicación. No contiene datos de salud.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
</context>
<context>
    <name>ui.forms</name>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>Calendar: arrows move, Enter chooses, Escape closes</source>
        <translation>Calendario: las flechas mueven, Intro elige, Escape cierra</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>Choose the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example}</source>
        <translation>p. ej. {example}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} (optional)</source>
        <translation>p. ej. {example} (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950</source>
        <translation>p. ej. {example} o solo el año, 1950</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950 (optional)</source>
        <translation>p. ej. {example} o solo el año, 1950 (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>not recorded. Type {keys} to choose; Delete clears.</source>
        <translation>sin anotar. Escriba {keys} para elegir; Suprimir borra.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>{name}: choose on a calendar</source>
        <translation>{name}: elegir en un calendario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/forms.py"/>
        <source>{value}: {meaning}. Type {keys} to choose; Delete clears.</source>
        <translation>{value}: {meaning}. Escriba {keys} para elegir; Suprimir borra.</translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;About Caregiver Assistant</source>
        <translation>&amp;Acerca de Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Add a person…</source>
        <translation>Aña&amp;dir una persona…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Back up now…</source>
        <translation>Hacer una &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Caring for:</source>
        <translation>&amp;Cuidando a:</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Close window</source>
        <translation>C&amp;errar la ventana</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit this person…</source>
        <translation>&amp;Editar esta persona…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Emergency signs</source>
        <translation>&amp;Señales de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Manage people…</source>
        <translation>&amp;Gestionar personas…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Quit (reminders stop)…</source>
        <translation>&amp;Salir (se detienen los recordatorios)…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Using this app (the guide)</source>
        <translation>&amp;Cómo usar esta aplicación (la guía)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Caregiver Assistant — {name}</source>
        <translation>Caregiver Assistant — {name}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Emergency signs</source>
        <translation>Señales de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Go back to one of the automatic backups</source>
        <translation>Volver a una de las copias de seguridad automáticas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>How each page works, with pictures</source>
        <translation>Cómo funciona cada página, con imágenes</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Manage people cared for</source>
        <translation>Gestionar las personas a las que cuida</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>People…</source>
        <translation>Personas…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Person cared for</source>
        <translation>Persona a la que cuida</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Reminder status</source>
        <translation>Estado de los recordatorios</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Save a checked copy of all your data to a file you choose</source>
        <translation>Guardar una copia comprobada de todos sus datos en un archivo que usted elija</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Switch between the people you look after</source>
        <translation>Cambiar entre las personas a las que cuida</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now</source>
        <translation>Cuándo llamar ya al número de emergencias o al médico</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now (F1)</source>
        <translation>Cuándo llamar ya al número de emergencias o al médico (F1)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/main_window.py"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
</context>
<context>
    <name>ui.printing</name>
    <message>
        <location filename="../../src/caregiver_app/ui/printing.py"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>ui.prompts</name>
    <message>
        <location filename="../../src/caregiver_app/ui/prompts.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/prompts.py"/>
        <source>Which day this time means</source>
        <translation>Qué día indica esta hora</translation>
    </message>
</context>
<context>
    <name>ui.red_flags</name>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>&lt;b&gt;Médico que lo receta:&lt;/b&gt; no hay ninguno anotado (añádalo con Personas ▸ Editar esta persona).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; {prescriber}</source>
        <translation>&lt;b&gt;Médico que lo receta:&lt;/b&gt; {prescriber}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>&lt;b&gt;Contacto de emergencia:&lt;/b&gt; no hay ninguno anotado (añádalo con Personas ▸ Editar esta persona).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; {contact}</source>
        <translation>&lt;b&gt;Contacto de emergencia:&lt;/b&gt; {contact}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign recorded — act now</source>
        <translation>Señal de peligro anotada — actúe ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign — act now</source>
        <translation>Señal de peligro — actúe ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Open &amp;emergency signs</source>
        <translation>Abrir &amp;señales de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Opens the Information page on emergency signs</source>
        <translation>Abre la página de Información sobre las señales de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Recorded for {name}: {signs}.</source>
        <translation>Anotado para {name}: {signs}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>This app does not give medical advice. If you are worried, call the doctor or the emergency number.</source>
        <translation>Esta aplicación no da consejo médico. Si está preocupado, llame al médico o al número de emergencias.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>Ticked for {name}: {signs}. Act on it now; the diary entry is saved with it when you save.</source>
        <translation>Marcado para {name}: {signs}. Actúe ahora; la anotación del diario se guarda con la señal cuando usted la guarde.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/red_flags.py"/>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
</context>
<context>
    <name>ui.reminders</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>%n notices: see Today</source>
        <extracomment>English singular: %n notice: see Today</extracomment>
        <translation>
            <numerusform>%n aviso: vea Hoy</numerusform>
            <numerusform>%n avisos: vea Hoy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Not taken</source>
        <translation>&amp;No se tomó</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Skip…</source>
        <translation>&amp;Saltar…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Taken now</source>
        <translation>&amp;Tomada ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>(and %n earlier doses still to answer)</source>
        <extracomment>English singular: (and %n earlier dose still to answer)</extracomment>
        <translation>
            <numerusform>(y %n dosis anterior por responder)</numerusform>
            <numerusform>(y %n dosis anteriores por responder)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>&lt;b&gt;Do not double up.&lt;/b&gt; Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse. If the next dose is less than 2 hours away, leave the missed one out and take the next at the usual time.</source>
        <translation>&lt;b&gt;No doble la dosis.&lt;/b&gt; Nunca tome 2 dosis a la vez ni una dosis de más para compensar una olvidada. Si tiene dudas, consulte a su médico o enfermera. Si faltan menos de 2 horas para la dosis siguiente, deje la olvidada y tome la siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Baclofen should not be stopped suddenly: stopping it suddenly can cause withdrawal, such as hallucinations or seizures. If doses are being skipped (because of side effects, or for another reason), talk to your doctor or nurse.</source>
        <translation>El baclofeno no se debe dejar de golpe: dejarlo de golpe puede causar abstinencia, como alucinaciones o convulsiones. Si se están saltando dosis (por efectos secundarios o por otro motivo), hable con su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Caregiver Assistant: please act soon</source>
        <translation>Caregiver Assistant: actúe pronto, por favor</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Check-in: how are things today?</source>
        <translation>Seguimiento: ¿cómo van las cosas hoy?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Closing this window snoozes the reminder for 10 minutes.</source>
        <translation>Si cierra esta ventana, el recordatorio se pospone 10 minutos.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Don&apos;t log</source>
        <translation>No anotarla</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Doses due now</source>
        <translation>Dosis que tocan ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: leave it out; take the next dose at the usual time.</source>
        <translation>Si no se tomó: déjela; tome la dosis siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: see the medicine&apos;s leaflet.</source>
        <translation>Si no se tomó: mire el prospecto del medicamento.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: take it now.</source>
        <translation>Si no se tomó: tómela ahora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>It &amp;was taken</source>
        <translation>&amp;Sí se tomó</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Log it</source>
        <translation>Anotarla</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Missed a dose: what to do</source>
        <translation>Se olvidó una dosis: qué hacer</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Missed dose guidance</source>
        <translation>Qué hacer con una dosis olvidada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses</source>
        <translation>Dosis olvidadas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses — was it taken?</source>
        <translation>Dosis olvidadas — ¿se tomó?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Missed — was it taken?</source>
        <translation>Olvidada — ¿se tomó?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Reason (optional):</source>
        <translation>Motivo (opcional):</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Recorded as taken at its usual time</source>
        <translation>Se anota como tomada a su hora de siempre</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Skip this dose</source>
        <translation>Saltar esta dosis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze %n minutes</source>
        <extracomment>English singular: Snooze %n minute</extracomment>
        <translation>
            <numerusform>Posponer %n minuto</numerusform>
            <numerusform>Posponer %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Taken &amp;at…</source>
        <translation>Tomada a &amp;las…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>These doses came due while the app was closed, the computer was asleep, or reminders were paused. Please say what happened, so the record is right: tick the doses (Space), or select one, then choose an answer.</source>
        <translation>Estas dosis tocaban mientras la aplicación estaba cerrada, el ordenador estaba en reposo o los recordatorios estaban en pausa. Diga qué pasó, para que el registro sea correcto: marque las dosis (Espacio), o seleccione una, y luego elija una respuesta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Tick the doses this answer is for (Space ticks or unticks). Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse.</source>
        <translation>Marque las dosis a las que se refiere esta respuesta (Espacio marca o desmarca). Nunca tome 2 dosis a la vez ni una dosis de más para compensar una olvidada. Si tiene dudas, consulte a su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose</source>
        <translation>Hora de una dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose — Caregiver Assistant</source>
        <translation>Hora de una dosis — Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>What time was it taken?</source>
        <translation>¿A qué hora se tomó?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>What to do about the selected dose</source>
        <translation>Qué hacer con la dosis seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/reminders.py"/>
        <source>When was it taken?</source>
        <translation>¿Cuándo se tomó?</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.tray</name>
    <message>
        <location filename="../../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Open Caregiver Assistant</source>
        <translation>&amp;Abrir Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>&amp;Pausar los recordatorios 1 hora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Quit (reminders stop)</source>
        <translation>&amp;Salir (se detienen los recordatorios)</translation>
    </message>
</context>
<context>
    <name>ui.widgets</name>
    <message>
        <location filename="../../src/caregiver_app/ui/widgets.py"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/widgets.py"/>
        <source>Undo what was just done</source>
        <translation>Deshacer lo que se acaba de hacer</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/widgets.py"/>
        <source>What was just done</source>
        <translation>Lo que se acaba de hacer</translation>
    </message>
</context>
</TS>
