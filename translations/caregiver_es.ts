<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>app</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/app.py"/>
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
        <location filename="../src/caregiver_app/app.py"/>
        <source>Already running</source>
        <translation>Ya está en marcha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Cannot open your data</source>
        <translation>No se pueden abrir sus datos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Cannot use the data folder</source>
        <translation>No se puede usar la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is already running; its window was brought forward.</source>
        <translation>Caregiver Assistant ya está en marcha; su ventana se ha puesto delante.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is still running</source>
        <translation>Caregiver Assistant sigue en marcha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant keeps running in the system tray so that reminders still come. Click its icon to open it again; use Quit in its menu (or Ctrl+Q) to stop it.</source>
        <translation>Caregiver Assistant sigue en marcha en la bandeja del sistema para que los recordatorios sigan llegando. Haga clic en su icono para volver a abrirlo; use Salir en su menú (o Ctrl+Q) para detenerlo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant seems to be running already but does not answer. If it is stuck, end it and start again.</source>
        <translation>Parece que Caregiver Assistant ya está en marcha, pero no responde. Si se ha quedado bloqueado, ciérrelo y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Could not change the start-at-login setting: {error}</source>
        <translation>No se pudo cambiar el ajuste de abrir al iniciar la sesión: {error}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Damaged file kept</source>
        <translation>Se ha guardado el archivo dañado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Data from a newer version</source>
        <translation>Datos de una versión más reciente</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Keep running</source>
        <translation>Seguir en marcha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit Caregiver Assistant?</source>
        <translation>¿Salir de Caregiver Assistant?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit, reminders stop</source>
        <translation>Salir y detener los recordatorios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quitting stops the app: no dose reminders come until you start it again.</source>
        <translation>Al salir, la aplicación se detiene: no llegará ningún recordatorio de dosis hasta que la vuelva a abrir.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Reminders keep coming. Open it again from the icon in the system tray; choose Quit there to stop it.</source>
        <translation>Los recordatorios siguen llegando. Vuelva a abrirla desde el icono de la bandeja del sistema; elija Salir allí para detenerla.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Reminders paused until {time}</source>
        <translation>Recordatorios en pausa hasta las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Some records could not be read</source>
        <translation>Algunos registros no se han podido leer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Start a fresh data file</source>
        <translation>Empezar con un archivo de datos nuevo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Start at login</source>
        <translation>Abrir al iniciar la sesión</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Still running in the tray</source>
        <translation>Sigue en marcha en la bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>The damaged file was kept as:
{path}</source>
        <translation>El archivo dañado se ha guardado como:
{path}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>The data folder {folder} is read-only, so your data cannot be opened ({reason}). Nothing was changed. Make the folder writable and start again.</source>
        <translation>La carpeta de datos {folder} es de solo lectura, así que sus datos no se pueden abrir ({reason}). No se ha cambiado nada. Permita escribir en la carpeta y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>This computer has no system tray, so closing the window quits the app and reminders stop until you start it again.</source>
        <translation>Este ordenador no tiene bandeja del sistema, así que al cerrar la ventana se sale de la aplicación y los recordatorios se detienen hasta que la vuelva a abrir.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Your data file cannot be read</source>
        <translation>No se puede leer su archivo de datos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>{problem}

You can start again with a fresh, empty data file. The damaged file is kept beside it (renamed), so it can still be rescued later.</source>
        <translation>{problem}

Puede empezar de nuevo con un archivo de datos nuevo y vacío. El archivo dañado se guarda a su lado (con otro nombre), para que todavía se pueda rescatar más adelante.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>• … and {count} more</source>
        <translation>• … y {count} más</translation>
    </message>
</context>
<context>
    <name>reports.charts</name>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Baclofen taken, mg a day (right axis)</source>
        <translation>Baclofeno tomado, mg al día (eje derecho)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Baclofen taken: {first} mg on {first_day}, {last} mg on {last_day}.</source>
        <translation>Baclofeno tomado: {first} mg el {first_day}, {last} mg el {last_day}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Check-in answered</source>
        <translation>Control respondido</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Check-ins answered on %n day(s).</source>
        <extracomment>English singular: Check-ins answered on %n day(s).</extracomment>
        <translation>
            <numerusform>Control respondido en %n día.</numerusform>
            <numerusform>Controles respondidos en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Danger sign recorded</source>
        <translation>Señal de peligro anotada</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Danger signs recorded on %n day(s).</source>
        <extracomment>English singular: Danger signs recorded on %n day(s).</extracomment>
        <translation>
            <numerusform>Señales de peligro anotadas en %n día.</numerusform>
            <numerusform>Señales de peligro anotadas en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Dose change: check-ins began</source>
        <translation>Cambio de dosis: empiezan los controles</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Dose changes that began check-ins: {days}.</source>
        <translation>Cambios de dosis con los que empezaron los controles: {days}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>No scores recorded in this time.
Add diary entries to see them here.</source>
        <translation>No hay puntuaciones anotadas en este tiempo.
Añada anotaciones en el Diario para verlas aquí.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>No {score} scores recorded in this time.</source>
        <translation>No hay puntuaciones de {score} anotadas en este tiempo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: taper and titration plan steps</source>
        <translation>Sombreado: pasos de los planes para bajar y para subir la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: taper plan steps</source>
        <translation>Sombreado: pasos del plan para bajar la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: titration plan steps</source>
        <translation>Sombreado: pasos del plan para subir la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: {kinds} plan steps</source>
        <translation>Sombreado: pasos de los planes ({kinds})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>daily average</source>
        <translation>media diaria</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>day {day}</source>
        <translation>día {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>mg a day</source>
        <translation>mg al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>month of {day}</source>
        <translation>mes del {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>monthly average</source>
        <translation>media mensual</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>week of {day}</source>
        <translation>semana del {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>weekly average</source>
        <translation>media semanal</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{first} to {last}.</source>
        <translation>Del {first} al {last}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{mg} mg/day</source>
        <translation>{mg} mg/día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score} ({average}, left axis)</source>
        <translation>{score} ({average}, eje izquierdo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.</source>
        <extracomment>English singular: {score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.</extracomment>
        <translation>
            <numerusform>{score}, {average}: de {first} ({first_when}) a {last} ({last_when}), según %n anotación.</numerusform>
            <numerusform>{score}, {average}: de {first} ({first_when}) a {last} ({last_when}), según %n anotaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}: {average}</source>
        <translation>{score}: {average}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}: {average} — {person}</source>
        <translation>{score}: {average} — {person}</translation>
    </message>
</context>
<context>
    <name>reports.document</name>
    <message>
        <location filename="../src/caregiver_app/reports/document.py"/>
        <source>Appointment summary {person} {day}</source>
        <translation>Resumen para la cita {person} {day}</translation>
    </message>
</context>
<context>
    <name>reports.pdf</name>
    <message>
        <location filename="../src/caregiver_app/reports/pdf.py"/>
        <source>Could not save the PDF</source>
        <translation>No se pudo guardar el PDF</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/pdf.py"/>
        <source>The PDF could not be saved as
{file}

{reason}. Choose another folder, or check there is space on the disk.</source>
        <translation>No se pudo guardar el PDF como
{file}

{reason}. Elija otra carpeta o compruebe que queda espacio en el disco.</translation>
    </message>
</context>
<context>
    <name>reports.summary</name>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>% taken</source>
        <translation>% tomadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>%n diary entries in the period. Scores, first half of the period against the second:</source>
        <extracomment>English singular: %n diary entry in the period. Scores, first half of the period against the second:</extracomment>
        <translation>
            <numerusform>%n anotación en el diario en el periodo. Puntuaciones, primera mitad del periodo frente a la segunda:</numerusform>
            <numerusform>%n anotaciones en el diario en el periodo. Puntuaciones, primera mitad del periodo frente a la segunda:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>(none written)</source>
        <translation>(no hay ninguna escrita)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>A pump date passed</source>
        <translation>Pasó una fecha de la bomba</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Above the label&apos;s {limit} mg a day on %n days:</source>
        <extracomment>English singular: Above the label&apos;s {limit} mg a day on %n day:</extracomment>
        <translation>
            <numerusform>Más de los {limit} mg al día de la ficha técnica en %n día:</numerusform>
            <numerusform>Más de los {limit} mg al día de la ficha técnica en %n días:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>After a change of dose, missed doses, running out or a pump event, the app asks a short daily check-in about the signs to look out for. “Before” is the average spasticity (0–10) recorded in the week before the change, “during” the average in the check-in days; — means none was recorded.</source>
        <translation>Después de un cambio de dosis, de dosis olvidadas, de quedarse sin medicamento o de algo con la bomba, la aplicación hace cada día un breve control de las señales que hay que vigilar. “Antes” es la media de espasticidad (0–10) anotada en la semana anterior al cambio; “durante”, la media en los días de control; — significa que no se anotó ninguna.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Appointment summary: {person}</source>
        <translation>Resumen para la cita: {person}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>As needed: {taken} taken on %n days</source>
        <extracomment>English singular: As needed: {taken} taken on %n day</extracomment>
        <translation>
            <numerusform>Cuando haga falta: {taken} tomadas en %n día</numerusform>
            <numerusform>Cuando haga falta: {taken} tomadas en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Asked</source>
        <translation>Preguntados</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Baclofen by mouth recorded on %n days: {average} mg a day on average, at most {most} mg in one day.</source>
        <extracomment>English singular: Baclofen by mouth recorded on %n day: {average} mg a day on average, at most {most} mg in one day.</extracomment>
        <translation>
            <numerusform>Baclofeno por la boca anotado en %n día: {average} mg al día de media, como mucho {most} mg en un día.</numerusform>
            <numerusform>Baclofeno por la boca anotado en %n días: {average} mg al día de media, como mucho {most} mg en un día.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Change and its check-in days</source>
        <translation>Cambio y sus días de control</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Danger signs at check-ins</source>
        <translation>Señales de peligro en los controles</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Danger signs recorded</source>
        <translation>Señales de peligro anotadas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Date of birth: {day}</source>
        <translation>Fecha de nacimiento: {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose changes and check-ins</source>
        <translation>Cambios de dosis y controles</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose lowered</source>
        <translation>Dosis bajada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose plan</source>
        <translation>Plan de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose raised</source>
        <translation>Dosis subida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose watch</source>
        <translation>Vigilancia de la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Doses missed</source>
        <translation>Dosis olvidadas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>From {day} to today is {days} days; a summary covers at most {most} ({why}). Choose a later first day.</source>
        <translation>Del {day} a hoy hay {days} días; un resumen abarca como mucho {most} ({why}). Elija un primer día más reciente.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Kidney function reduced (recorded in the app)</source>
        <translation>Función renal reducida (anotada en la aplicación)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last %n days</source>
        <extracomment>English singular: Last %n day</extracomment>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 60 days</source>
        <translation>Últimos 60 días</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Left out as advised</source>
        <translation>Omitidas por la regla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Made on {day} at {time}</source>
        <translation>Hecho el {day} a las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Medicine and how it is taken</source>
        <translation>Medicamento y cómo se toma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Medicines and doses</source>
        <translation>Medicamentos y dosis</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No baclofen by mouth recorded on %n days:</source>
        <extracomment>English singular: No baclofen by mouth recorded on %n day:</extracomment>
        <translation>
            <numerusform>No se anotó baclofeno por la boca en %n día:</numerusform>
            <numerusform>No se anotó baclofeno por la boca en %n días:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No diary entries in the period.</source>
        <translation>No hay anotaciones en el diario en el periodo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No dose changes with check-ins in the period.</source>
        <translation>No hubo cambios de dosis con controles en el periodo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No medicines recorded.</source>
        <translation>No hay medicamentos anotados.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No schedule</source>
        <translation>Sin horario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No titration or taper plan recorded.</source>
        <translation>No hay anotado ningún plan para subir ni para bajar la dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>None recorded.</source>
        <translation>Nada anotado.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Not taken or no answer</source>
        <translation>No tomadas o sin respuesta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Other: {text}</source>
        <translation>Otros: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Over the daily limit on %n days.</source>
        <extracomment>English singular: Over the daily limit on %n day.</extracomment>
        <translation>
            <numerusform>Por encima del límite diario en %n día.</numerusform>
            <numerusform>Por encima del límite diario en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Period: {start} to {end}</source>
        <translation>Periodo: del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Please check:</source>
        <translation>Revise, por favor:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Please note:</source>
        <translation>Tenga en cuenta:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Prescriber: {name}</source>
        <translation>Quien lo receta: {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Pump (no doses to remind)</source>
        <translation>Bomba (sin dosis que recordar)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Pump refilled</source>
        <translation>Bomba recargada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Questions for the doctor or nurse</source>
        <translation>Preguntas para el médico o la enfermera</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Recorded by the person or their carer in Caregiver Assistant. It shows what was written down; it is not a medical assessment.</source>
        <translation>Anotado por la persona o por quien la cuida en Caregiver Assistant. Muestra lo que se anotó; no es una valoración médica.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Side effects noted</source>
        <translation>Efectos secundarios anotados</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Side effects: {effects}</source>
        <translation>Efectos secundarios: {effects}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Skipped</source>
        <translation>Saltadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Sooner than the minimum time %n times.</source>
        <extracomment>English singular: Sooner than the minimum time %n time.</extracomment>
        <translation>
            <numerusform>Antes del tiempo mínimo %n vez.</numerusform>
            <numerusform>Antes del tiempo mínimo %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Spasticity before → during</source>
        <translation>Espasticidad antes → durante</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Stock ran out</source>
        <translation>Se acabó el medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Symptom diary</source>
        <translation>Diario de síntomas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Taken</source>
        <translation>Tomadas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Taken, skipped and not taken are what was recorded. “Left out as advised” are missed doses left out because the next dose was less than 2 hours away (the missed-dose rule); they are not counted against the % taken. “No answer” counts the doses of the current schedules, since they were set, that nobody answered.</source>
        <translation>Tomadas, saltadas y no tomadas es lo que se anotó. “Omitidas por la regla” son dosis olvidadas que no se tomaron porque faltaban menos de 2 horas para la siguiente (la regla de la dosis olvidada); no cuentan en contra del % tomadas. “Sin respuesta” cuenta las dosis de los horarios actuales, desde que se pusieron, que nadie respondió.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>That person is not in this data folder.</source>
        <translation>Esa persona no está en esta carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The first day ({day}) is after today.</source>
        <translation>El primer día ({day}) es posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The first day must be a date like 2026-05-31, not “{text}”.</source>
        <translation>El primer día tiene que ser una fecha como 2026-05-31, no “{text}”.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The period can be at most {most} days ({why}).</source>
        <translation>El periodo puede ser como mucho de {most} días ({why}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The period must be between 1 and {most} days ({why}).</source>
        <translation>El periodo tiene que ser de entre 1 y {most} días ({why}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The questions are too long (at most {most} characters).</source>
        <translation>Las preguntas son demasiado largas (como mucho {most} caracteres).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The start of the period is after its end.</source>
        <translation>El principio del periodo es posterior a su final.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>a year and a day, so a yearly review fits; the summary is for one appointment — the whole history is in the export</source>
        <translation>un año y un día, para que quepa una revisión anual; el resumen es para una cita — todo el historial está en la exportación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>about the same ({first} then {second} on average)</source>
        <translation>más o menos igual ({first} y luego {second} de media)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>all %n steps done</source>
        <extracomment>English singular: all %n steps done</extracomment>
        <translation>
            <numerusform>%n paso, ya hecho</numerusform>
            <numerusform>los %n pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} in one day</source>
        <translation>como mucho {most} en un día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} in one day (limit {limit} a day)</source>
        <translation>como mucho {most} en un día (límite {limit} al día)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} mg in one day (limit {limit} mg)</source>
        <translation>como mucho {most} mg en un día (límite {limit} mg)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>building up</source>
        <translation>subir la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>higher in the second half ({first}, then {second} on average)</source>
        <translation>más alta en la segunda mitad ({first} y luego {second} de media)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>lower in the second half ({first}, then {second} on average)</source>
        <translation>más baja en la segunda mitad ({first} y luego {second} de media)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>lowering</source>
        <translation>bajar la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>next {mg} mg a day from {day}</source>
        <translation>después {mg} mg al día desde el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not asked (only after a rise)</source>
        <translation>no se pregunta (solo después de una subida)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not enough entries to compare</source>
        <translation>no hay anotaciones suficientes para comparar</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not started yet, %n steps</source>
        <extracomment>English singular: not started yet, %n step</extracomment>
        <translation>
            <numerusform>aún no ha empezado, %n paso</numerusform>
            <numerusform>aún no ha empezado, %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>shortest time between two {gap}</source>
        <translation>el menor tiempo entre dos: {gap}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>shortest time between two {gap} (at least {minimum} apart)</source>
        <translation>el menor tiempo entre dos: {gap} (al menos {minimum} entre una y otra)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>step {step} of {steps}</source>
        <translation>paso {step} de {steps}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>then stop</source>
        <translation>después se deja</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>today {mg} mg a day</source>
        <translation>hoy {mg} mg al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{answered} ({none} with none of the signs)</source>
        <translation>{answered} ({none} sin ninguna de las señales)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{change} ({day})</source>
        <translation>{change} ({day})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{days}. Stopping baclofen suddenly can cause withdrawal; if doses were taken but not recorded, the record is incomplete.</source>
        <translation>{days}. Dejar el baclofeno de golpe puede causar abstinencia; si se tomaron dosis pero no se anotaron, el registro está incompleto.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{first} to {last}. Also: {changes}</source>
        <translation>del {first} al {last}. También: {changes}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{medicine} (stopped)</source>
        <translation>{medicine} (ya no se toma)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{name}: %n times</source>
        <extracomment>English singular: {name}: %n time</extracomment>
        <translation>
            <numerusform>{name}: %n vez</numerusform>
            <numerusform>{name}: %n veces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan} ({kind}): {where}</source>
        <translation>{plan} ({kind}): {where}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan} ({kind}, not followed): {where}</source>
        <translation>{plan} ({kind}, no se sigue): {where}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan}: {warning}</source>
        <translation>{plan}: {warning}</translation>
    </message>
</context>
<context>
    <name>ui.about</name>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Licence&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Licencia&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Reporting a problem&lt;/b&gt;&lt;p&gt;Please describe what you did and what happened at {link}. If the app showed an error report, copy it from that window. Attach the log files if you can; never send your data file, which holds health information.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cómo informar de un problema&lt;/b&gt;&lt;p&gt;Cuente lo que hizo y lo que pasó en {link}. Si la aplicación mostró un informe de error, cópielo de esa ventana. Adjunte los archivos de registro si puede; no envíe nunca su archivo de datos, que contiene información de salud.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them. They were last reviewed on {date}.&lt;/p&gt;</source>
        <translation>&lt;b&gt;De dónde viene la información médica&lt;/b&gt;&lt;p&gt;Las páginas de información están escritas con palabras sencillas a partir de estas fuentes, y cada página las cita. Se revisaron por última vez el {date}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;De dónde viene la información médica&lt;/b&gt;&lt;p&gt;Las páginas de información están escritas con palabras sencillas a partir de estas fuentes, y cada página las cita.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>About Caregiver Assistant</source>
        <translation>Acerca de Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant is free software under the MIT licence. It is built with Qt for Python (PySide6, LGPL v3), APScheduler, platformdirs and tzdata, each under its own licence.</source>
        <translation>Caregiver Assistant es software libre con la licencia MIT. Está hecho con Qt for Python (PySide6, LGPL v3), APScheduler, platformdirs y tzdata, cada uno con su propia licencia.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant version {version}</source>
        <translation>Caregiver Assistant, versión {version}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Dose reminders, a symptom diary and dose plans, kept only on this computer. This app does not give medical advice: talk to your doctor or nurse.</source>
        <translation>Recordatorios de dosis, un diario de síntomas y planes de dosis, guardados solo en este ordenador. Esta aplicación no da consejo médico: consulte a su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Log files (events and ids, no health data)</source>
        <translation>Archivos de registro (sucesos e identificadores, sin datos de salud)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Show the &amp;sources page</source>
        <translation>Ver la página de &amp;fuentes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Your data folder</source>
        <translation>Su carpeta de datos</translation>
    </message>
</context>
<context>
    <name>ui.charts</name>
    <message>
        <location filename="../src/caregiver_app/ui/charts.py"/>
        <source>Diary chart</source>
        <translation>Gráfico del diario</translation>
    </message>
</context>
<context>
    <name>ui.error_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Copy report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Error report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something unexpected went wrong. Your saved data is safe and the app keeps running.
If it happens again, copy this report and send it to whoever supports the app. It holds no health data.</source>
        <translation>Algo inesperado ha fallado. Sus datos guardados están a salvo y la aplicación sigue funcionando.
Si vuelve a pasar, copie este informe y envíelo a quien dé soporte a la aplicación. No contiene datos de salud.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
</context>
<context>
    <name>ui.forms</name>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Calendar: arrows move, Enter chooses, Escape closes</source>
        <translation>Calendario: las flechas mueven, Intro elige, Escape cierra</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Choose the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example}</source>
        <translation>p. ej. {example}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} (optional)</source>
        <translation>p. ej. {example} (opcional)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950</source>
        <translation>p. ej. {example} o solo el año, 1950</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950 (optional)</source>
        <translation>p. ej. {example} o solo el año, 1950 (opcional)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>not recorded. Type {keys} to choose; Delete clears.</source>
        <translation>sin anotar. Escriba {keys} para elegir; Suprimir borra.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>{name}: choose on a calendar</source>
        <translation>{name}: elegir en un calendario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>{value}: {meaning}. Type {keys} to choose; Delete clears.</source>
        <translation>{value}: {meaning}. Escriba {keys} para elegir; Suprimir borra.</translation>
    </message>
</context>
<context>
    <name>ui.history</name>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Between</source>
        <translation>&amp;Entre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;When taken</source>
        <translation>&amp;Cuándo se tomó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>All medicines</source>
        <translation>Todos los medicamentos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct a dose record</source>
        <translation>Corregir un registro de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct the selected record</source>
        <translation>Corregir el registro elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct this &amp;record…</source>
        <translation>&amp;Corregir este registro…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Date taken</source>
        <translation>Fecha en que se tomó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose history</source>
        <translation>Historial de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose in mg</source>
        <translation>Dosis en mg</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Due</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Filter by medicine</source>
        <translation>Filtrar por medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Please say why this answer is withdrawn (the reason is kept with it).</source>
        <translation>Diga por qué se retira esta respuesta (el motivo se guarda con ella).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Reason for the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Show replaced &amp;versions</source>
        <translation>Mostrar las &amp;versiones sustituidas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Show replaced versions</source>
        <translation>Mostrar las versiones sustituidas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>The original record is kept, marked as replaced, so the history stays trustworthy.</source>
        <translation>El registro original se guarda, marcado como sustituido, para que el historial siga siendo fiable.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Time taken</source>
        <translation>Hora en que se tomó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Why is this being corrected? (required)</source>
        <translation>¿Por qué se corrige? (obligatorio)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>a&amp;nd</source>
        <translation>&amp;y</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>corrected: {reason}</source>
        <translation>corregida: {reason}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>no answer yet (withdraw this answer)</source>
        <translation>todavía sin respuesta (retirar esta respuesta)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>not taken</source>
        <translation>no tomada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>withdrawn: {reason}</source>
        <translation>retirada: {reason}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>{answer} (replaced)</source>
        <translation>{answer} (sustituida)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>{answer} — withdrawn (no answer now)</source>
        <translation>{answer} — retirada (ahora sin respuesta)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>“No answer yet” withdraws a wrong answer: it stays in the history, marked withdrawn, and the dose can be answered again.</source>
        <translation>«Todavía sin respuesta» retira una respuesta equivocada: se queda en el historial, marcada como retirada, y se puede volver a responder a la dosis.</translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;About Caregiver Assistant</source>
        <translation>&amp;Acerca de Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Add a person…</source>
        <translation>Aña&amp;dir una persona…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Back up now…</source>
        <translation>Hacer una &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Caring for:</source>
        <translation>&amp;Cuidando a:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Close window</source>
        <translation>C&amp;errar la ventana</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit this person…</source>
        <translation>&amp;Editar esta persona…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Emergency signs</source>
        <translation>&amp;Señales de emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Manage people…</source>
        <translation>&amp;Gestionar personas…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Quit (reminders stop)…</source>
        <translation>&amp;Salir (se detienen los recordatorios)…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Using this app (the guide)</source>
        <translation>&amp;Cómo usar esta aplicación (la guía)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Caregiver Assistant — {name}</source>
        <translation>Caregiver Assistant — {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Emergency signs</source>
        <translation>Señales de emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Go back to one of the automatic backups</source>
        <translation>Volver a una de las copias de seguridad automáticas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>How each page works, with pictures</source>
        <translation>Cómo funciona cada página, con imágenes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Manage people cared for</source>
        <translation>Gestionar las personas a las que cuida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>People…</source>
        <translation>Personas…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Person cared for</source>
        <translation>Persona a la que cuida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Reminder status</source>
        <translation>Estado de los recordatorios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Save a checked copy of all your data to a file you choose</source>
        <translation>Guardar una copia comprobada de todos sus datos en un archivo que usted elija</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Switch between the people you look after</source>
        <translation>Cambiar entre las personas a las que cuida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now</source>
        <translation>Cuándo llamar ya al número de emergencias o al médico</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now (F1)</source>
        <translation>Cuándo llamar ya al número de emergencias o al médico (F1)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
</context>
<context>
    <name>ui.medicine_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;End date</source>
        <translation>Fecha d&amp;e fin</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Form</source>
        <translation>&amp;Forma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;How often</source>
        <translation>Con &amp;qué frecuencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Prescriber</source>
        <translation>&amp;Médico que lo receta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Reorder warning (days)</source>
        <translation>A&amp;viso para pedir más (días)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Strength (mg)</source>
        <translation>&amp;Concentración (mg)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>A plan sets these doses</source>
        <translation>Un plan fija estas dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>A plan sets this medicine&apos;s doses</source>
        <translation>Un plan fija las dosis de este medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>About the active ingredient</source>
        <translation>Sobre el principio activo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>About the amounts to give</source>
        <translation>Sobre las cantidades que hay que dar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Above the label maximum</source>
        <translation>Por encima del máximo de la ficha técnica</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Active &amp;ingredient</source>
        <translation>Principio &amp;activo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a &amp;time</source>
        <translation>Añadir una &amp;hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a medicine for {name}</source>
        <translation>Añadir un medicamento para {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a time of day</source>
        <translation>Añadir una hora del día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Amount to give (worked out)</source>
        <translation>Cantidad que hay que dar (calculada)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Another strength: type it in mg per mL below</source>
        <translation>Otra concentración: escríbala abajo en mg por mL</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At fixed times every day</source>
        <translation>A horas fijas cada día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At least (hours) between doses</source>
        <translation>Como mínimo (horas) entre dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At most (doses a day)</source>
        <translation>Como máximo (dosis al día)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Baclofen tablets come in 5, 10 and 20 mg (15 mg in some), granule packets in 5, 10 and 20 mg: type the strength printed on the box.</source>
        <translation>Los comprimidos de baclofeno son de 5, 10 y 20 mg (algunos de 15 mg), y los sobres de granulado de 5, 10 y 20 mg: escriba la concentración impresa en la caja.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Choose the strength printed on the bottle…</source>
        <translation>Elija la concentración impresa en el frasco…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Doses very close together</source>
        <translation>Dosis muy seguidas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Edit a medicine for {name}</source>
        <translation>Modificar un medicamento de {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Every (hours)</source>
        <translation>Cada (horas)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Every few hours</source>
        <translation>Cada pocas horas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>First dose at (HH:MM)</source>
        <translation>Primera dosis a las (HH:MM)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>For: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Go back and check</source>
        <translation>Volver y revisar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>How times work when the clocks change</source>
        <translation>Qué pasa con las horas cuando se cambia la hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Instr&amp;uctions</source>
        <translation>Instr&amp;ucciones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Low-reservoir alarm date</source>
        <translation>Fecha de la alarma de depósito bajo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Medicine name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Next pump re&amp;fill</source>
        <translation>Próxima &amp;recarga de la bomba</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Next pump refill</source>
        <translation>Próxima recarga de la bomba</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Not saved: please check the strength with the bottle or box in hand.</source>
        <translation>No se ha guardado: revise la concentración con el frasco o la caja en la mano.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>On chosen days of the week</source>
        <translation>Los días de la semana elegidos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>On:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Only when needed (as needed)</source>
        <translation>Solo cuando haga falta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please check the strength</source>
        <translation>Revise la concentración</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please check this dose</source>
        <translation>Revise esta dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please choose the active ingredient: baclofen, or another medicine.</source>
        <translation>Elija el principio activo: baclofeno u otro medicamento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remind (days before)</source>
        <translation>Recordar (días antes)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remove the selected time</source>
        <translation>Quitar la hora elegida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remove the selected time of day</source>
        <translation>Quitar la hora del día elegida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Reorder warning</source>
        <translation>El aviso para pedir más</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Row {row}: {problem}</source>
        <translation>Fila {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Start &amp;date</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Stoc&amp;k on hand</source>
        <translation>Can&amp;tidad en casa</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Stock on hand</source>
        <translation>La cantidad en casa</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength</source>
        <translation>La concentración</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength (m&amp;g in each mL)</source>
        <translation>Concentración (m&amp;g en cada mL)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength on the &amp;bottle</source>
        <translation>Concentración en el fra&amp;sco</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>The medicine</source>
        <translation>El medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>The plan “{plan}” is being followed for this medicine: while it is, reminders give the plan&apos;s doses at the times the plan lists; other times keep the doses set here. To change the plan&apos;s doses, change the plan on the Plans page (or archive it to go back to the doses set here).</source>
        <translation>Para este medicamento se está siguiendo el plan «{plan}»: mientras se siga, los recordatorios avisan de las dosis del plan a las horas que indica el plan; las demás horas mantienen las dosis puestas aquí. Para cambiar las dosis del plan, cambie el plan en la página Planes (o archívelo para volver a las dosis puestas aquí).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Time (HH:MM)</source>
        <translation>Hora (HH:MM)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Times are the local clock time: 08:00 stays 08:00 when the clocks change. On the night the clocks go forward, a time that does not exist (e.g. 02:30) is reminded once, at the first minute after the gap; on the night they go back, a time that happens twice is reminded once. &quot;Every few hours&quot; counts real hours, so its clock times move by an hour when the clocks change.</source>
        <translation>Las horas son las del reloj local: las 08:00 siguen siendo las 08:00 cuando se cambia la hora. La noche en que se adelantan los relojes, una hora que no existe (por ejemplo, las 02:30) se recuerda una vez, en el primer minuto después del salto; la noche en que se atrasan, una hora que ocurre dos veces se recuerda una sola vez. «Cada pocas horas» cuenta horas reales, así que sus horas de reloj se mueven una hora cuando se cambia la hora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Times of day and doses</source>
        <translation>Horas del día y dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Type the time and the dose in mg; the amount to give is worked out. Arrow keys move between cells; Tab leaves the table.</source>
        <translation>Escriba la hora y la dosis en mg; la cantidad que hay que dar se calcula sola. Las flechas mueven entre las casillas; Tab sale de la tabla.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>When it is taken</source>
        <translation>Cuándo se toma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Worked out from the dose and the strength; change those to change it</source>
        <translation>Calculada a partir de la dosis y la concentración; cambie estas para cambiarla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Write whole numbers of days separated by commas, e.g. 7, 2.</source>
        <translation>Escriba números enteros de días separados por comas, por ejemplo: 7, 2.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Yes, the prescription says so</source>
        <translation>Sí, así lo dice la receta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>as the prescription says</source>
        <translation>lo que diga la receta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>days before each date, e.g. 7, 2</source>
        <translation>días antes de cada fecha, por ejemplo: 7, 2</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>e.g. Baclofen</source>
        <translation>por ejemplo: Baclofeno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>e.g. with or after food</source>
        <translation>por ejemplo: con la comida o después</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>mg in each mL, as on the bottle (5 mg/5 mL is 1)</source>
        <translation>mg en cada mL, como en el frasco (5 mg/5 mL es 1)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>mg in one tablet or packet, e.g. 10</source>
        <translation>mg en un comprimido o sobre, por ejemplo: 10</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>tablets, packets or mL on hand (optional)</source>
        <translation>comprimidos, sobres o mL que hay en casa (opcional)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>warn when this many days are left (default 7)</source>
        <translation>avisar cuando queden estos días (si no, 7)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{label} must be a number.</source>
        <translation>{label} tiene que ser un número.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{label} must be a whole number.</source>
        <translation>{label} tiene que ser un número entero.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{question}

Is this the strength printed on it? Save it as it is?</source>
        <translation>{question}

¿Es esta la concentración impresa? ¿Guardarla así?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{warnings}

Save it anyway?</source>
        <translation>{warnings}

¿Guardarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>“{name}” looks like baclofen. If it is baclofen, choose Baclofen as the active ingredient, so that its checks apply. {note}</source>
        <translation>«{name}» parece baclofeno. Si es baclofeno, elija Baclofeno como principio activo, para que se apliquen sus comprobaciones. {note}</translation>
    </message>
</context>
<context>
    <name>ui.pages.base</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Archive {what}</source>
        <translation>Archivar {what}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Archived “{name}”. Ctrl+Z brings it back.</source>
        <translation>Se archivó “{name}”. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>For: {name}</source>
        <translation>Persona: {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Nobody to care for yet. Start by adding the person you look after (you can add more people later).

New here? The guide “Using this app” (in the Help menu) shows what each page does, with pictures. For emergency signs, press F1 at any time.</source>
        <translation>Todavía no hay nadie a quien cuidar. Empiece por añadir a la persona que usted cuida (puede añadir más personas después).

¿Es la primera vez? La guía “Cómo usar esta aplicación” (en el menú Ayuda) muestra con imágenes lo que hace cada página. Para las señales de emergencia, pulse F1 en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Restore {what}</source>
        <translation>Recuperar {what}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Restored “{name}”.</source>
        <translation>Se recuperó “{name}”.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Undone: {action}.</source>
        <translation>Deshecho: {action}.</translation>
    </message>
</context>
<context>
    <name>ui.pages.diary</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>%n entries</source>
        <extracomment>English singular: %n entry</extracomment>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Delete…</source>
        <translation>Bo&amp;rrar…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva anotación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Score</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>A&amp;verage</source>
        <translation>Me&amp;dia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Add diary entry ({when})</source>
        <translation>Añadir anotación del diario ({when})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any score</source>
        <translation>Cualquier puntuación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any side effect</source>
        <translation>Cualquier efecto secundario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Average over</source>
        <translation>Media por</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ch&amp;ange…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change diary entry ({when})</source>
        <translation>Cambiar anotación del diario ({when})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change the selected entry (Enter)</source>
        <translation>Cambiar la anotación elegida (Intro)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Char&amp;t</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Copied from {when} (danger signs and notes are not copied). Change what is different, then save.</source>
        <translation>Copiada de la anotación de {when} (las señales de peligro y las notas no se copian). Cambie lo que sea distinto y después guarde.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Could not save the chart to {path}</source>
        <translation>No se pudo guardar el gráfico en {path}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Daily average</source>
        <translation>Media diaria</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry</source>
        <translation>Borrar anotación del diario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry ({when})</source>
        <translation>Borrar anotación del diario ({when})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the entry of {when}?

You can undo this (Ctrl+Z).</source>
        <translation>¿Borrar la anotación de {when}?

Puede deshacerlo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the selected entry (Delete); it can be undone</source>
        <translation>Borrar la anotación elegida (Supr); se puede deshacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Deleted the entry of {when}.</source>
        <translation>Se borró la anotación de {when}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Diary entries</source>
        <translation>Anotaciones del diario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Drowsiness, Dizziness</source>
        <translation>Somnolencia, Mareo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ent&amp;ries</source>
        <translation>Ano&amp;taciones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export failed: {why}. Nothing was written.</source>
        <translation>No se pudo exportar: {why}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export the diary as CSV</source>
        <translation>Exportar el diario como CSV</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Exported {entries} to {path}</source>
        <translation>Exportado a {path}: {entries}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by score</source>
        <translation>Filtrar por puntuación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by side effect</source>
        <translation>Filtrar por efecto secundario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Highest score</source>
        <translation>Puntuación más alta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Legs stiff in the morning</source>
        <translation>Piernas rígidas por la mañana</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Lowest score</source>
        <translation>Puntuación más baja</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Monthly average</source>
        <translation>Media mensual</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>No entries yet. A short entry each evening (spasms, stiffness, pain, sleep, side effects) shows over time whether a dose change helps.</source>
        <translation>Todavía no hay anotaciones. Una anotación corta cada noche (espasmos, rigidez, dolor, sueño, efectos secundarios) muestra con el tiempo si un cambio de dosis ayuda.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not deleted: {why}</source>
        <translation>No se borró: {why}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved yet: please put right the fields marked in red. The entry, with its danger sign, is saved as soon as they are right; nothing you typed is lost.</source>
        <translation>Todavía no se ha guardado: corrija los campos marcados en rojo. La anotación, con su señal de peligro, se guarda en cuanto estén bien; no se pierde nada de lo que escribió.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved: please check the fields marked in red.</source>
        <translation>No se guardó: revise los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Number of entries shown</source>
        <translation>Número de anotaciones mostradas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only check-ins</source>
        <translation>Solo controles</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only entries with danger signs</source>
        <translation>Solo anotaciones con señales de peligro</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only the answers to the dose-change check-ins</source>
        <translation>Solo las respuestas a los controles por cambio de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is added again.</source>
        <translation>Rehecho: la anotación de {when} se ha añadido otra vez.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is changed again.</source>
        <translation>Rehecho: la anotación de {when} se ha cambiado otra vez.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save as &amp;image…</source>
        <translation>Gua&amp;rdar como imagen…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the chart as an image</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the entries shown as a spreadsheet file (CSV)</source>
        <translation>Guardar las anotaciones mostradas en un archivo de hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved the chart to {path}</source>
        <translation>Gráfico guardado en {path}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}.</source>
        <translation>Guardada: {when}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}. (Ctrl+Z undoes the change.)</source>
        <translation>Guardada: {when}. (Ctrl+Z deshace el cambio.)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Score to chart</source>
        <translation>Puntuación del gráfico</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Sho&amp;w all</source>
        <translation>&amp;Mostrar todo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Showing {shown} of {entries}</source>
        <translation>Se muestran {shown} de {entries}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Symptom diary</source>
        <translation>Diario de síntomas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>The entry is back.</source>
        <translation>La anotación ha vuelto.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>There is no earlier entry to copy.</source>
        <translation>No hay ninguna anotación anterior que copiar.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ti&amp;me</source>
        <translation>Peri&amp;odo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Time shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: adding the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>Deshecho: añadir la anotación de {when} (Ctrl+Mayús+Z lo rehace).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: the change to the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>Deshecho: el cambio de la anotación de {when} (Ctrl+Mayús+Z lo rehace).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Wed 30 Sep 2026 21:30  (check-in)</source>
        <translation>mié 30 sept 2026 21:30  (control)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Weekly average</source>
        <translation>Media semanal</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary</source>
        <translation>diario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-chart.png</source>
        <translation>diario-grafico.png</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-{name}-{date}.csv</source>
        <translation>diario-{name}-{date}.csv</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>{entries}; the last on {when}.</source>
        <translation>{entries}; la última, de {when}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>{period} average</source>
        <translation>Media: {period}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>⚠ A seizure (fit)</source>
        <translation>⚠ Una convulsión (ataque)</translation>
    </message>
</context>
<context>
    <name>ui.pages.info</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>%n matches on this page</source>
        <extracomment>English singular: %n match on this page</extracomment>
        <translation>
            <numerusform>%n coincidencia en esta página</numerusform>
            <numerusform>%n coincidencias en esta página</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>%n pages found</source>
        <extracomment>English singular: %n page found</extracomment>
        <translation>
            <numerusform>%n página encontrada</numerusform>
            <numerusform>%n páginas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>&amp;Search all pages</source>
        <translation>&amp;Buscar en todas las páginas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Back to the page before (Alt+Left)</source>
        <translation>Volver a la página anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Caregiver Assistant, information page “{title}”. Printed {date}. This is not medical advice: talk to your doctor or nurse.</source>
        <translation>Caregiver Assistant, página de información “{title}”. Impresa el {date}. Esto no es consejo médico: hable con su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>For example: missed dose</source>
        <translation>Por ejemplo: dosis olvidada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward again (Alt+Right)</source>
        <translation>Ir hacia delante otra vez (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Go to the first page, {title} (Alt+Home)</source>
        <translation>Ir a la primera página, {title} (Alt+Inicio)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information page text</source>
        <translation>Texto de la página de información</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information pages</source>
        <translation>Páginas de información</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Leave the app?</source>
        <translation>¿Salir de la aplicación?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Leaves the app: {address}</source>
        <translation>Sale de la aplicación: {address}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Match {number} of {count} on this page</source>
        <translation>Coincidencia {number} de {count} en esta página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Matches on this page</source>
        <translation>Coincidencias en esta página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match</source>
        <translation>Siguiente coincidencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match on this page (Enter or F3)</source>
        <translation>Siguiente coincidencia en esta página (Intro o F3)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>No matches on this page</source>
        <translation>No hay coincidencias en esta página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Not opened: {address}</source>
        <translation>No se abrió: {address}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Nothing found for “{query}”. Try fewer or different words.</source>
        <translation>No se encontró nada para “{query}”. Pruebe con menos palabras o con otras.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Opened {address} in your web browser.</source>
        <translation>Se abrió {address} en su navegador web.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Opens “{title}”</source>
        <translation>Abre “{title}”</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages that contain the search words. Enter opens the page at the match</source>
        <translation>Páginas que contienen las palabras buscadas. Intro abre la página en la coincidencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match on this page (Shift+F3)</source>
        <translation>Coincidencia anterior en esta página (Mayús+F3)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page</source>
        <translation>Imprimir esta página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page with its sources (Ctrl+P)</source>
        <translation>Imprimir esta página con sus fuentes (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page as PDF</source>
        <translation>Guardar esta página como PDF</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page with its sources as a PDF file (Ctrl+Shift+S)</source>
        <translation>Guardar esta página con sus fuentes en un archivo PDF (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Saved “{title}” as {path}</source>
        <translation>Se guardó “{title}” como {path}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results summary</source>
        <translation>Resumen de los resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search the information pages</source>
        <translation>Buscar en las páginas de información</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Sent “{title}” to the printer.</source>
        <translation>Se envió “{title}” a la impresora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Stayed in the app.</source>
        <translation>Sigue en la aplicación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Tab moves between links; Enter follows a link</source>
        <translation>Tab pasa de un enlace a otro; Intro abre el enlace</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>The table of contents: choosing a page opens it</source>
        <translation>El índice: al elegir una página, se abre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>This link cannot be opened: {address}</source>
        <translation>Este enlace no se puede abrir: {address}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Type words to find (Ctrl+F). Enter or F3 goes to the next match; Down arrow moves to the results; Escape clears</source>
        <translation>Escriba las palabras que busca (Ctrl+F). Intro o F3 va a la siguiente coincidencia; la flecha abajo pasa a los resultados; Esc borra</translation>
    </message>
</context>
<context>
    <name>ui.pages.medicines</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Add a medicine…</source>
        <translation>Añadir un &amp;medicamento…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine…</source>
        <translation>Añadir un medicamento…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive or restore the selected medicine</source>
        <translation>Archivar o recuperar el medicamento elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive this medicine?</source>
        <translation>¿Archivar este medicamento?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive {medicine}? Its reminders stop; its dose history is kept and it can be restored from &quot;Show archived&quot; (or with Edit &gt; Undo, Ctrl+Z).</source>
        <translation>¿Archivar {medicine}? Sus recordatorios se detienen; su historial de dosis se conserva y se puede recuperar desde &quot;Mostrar archivados&quot; (o con Editar &gt; Deshacer, Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Cha&amp;nge…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Edit the selected medicine</source>
        <translation>Cambiar el medicamento elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Next refill</source>
        <translation>Próxima recarga</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>No schedule</source>
        <translation>Sin horario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Nothing yet — no medicines recorded for {name}. Add each medicine with its strength and the times it is taken; reminders follow from that.</source>
        <translation>Todavía nada: no hay medicamentos anotados para {name}. Añada cada medicamento con su concentración y las horas a las que se toma; los recordatorios salen de ahí.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump re&amp;filled today…</source>
        <translation>Bomba recar&amp;gada hoy…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refill recorded for today. The app will ask a short check-in each day for the next few days.</source>
        <translation>Recarga de la bomba anotada para hoy. La aplicación hará un control breve cada día durante los próximos días.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refilled today</source>
        <translation>Bomba recargada hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump: no doses to remind</source>
        <translation>Bomba: no hay dosis que recordar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Record that the pump was refilled today</source>
        <translation>Anotar que la bomba se recargó hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Refill not recorded</source>
        <translation>Recarga no anotada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved the changes to {medicine}.</source>
        <translation>Se guardaron los cambios de {medicine}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved {medicine}: its reminders follow from now on.</source>
        <translation>Se guardó {medicine}: sus recordatorios siguen desde ahora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived medicines</source>
        <translation>Mostrar los medicamentos archivados</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Stock</source>
        <translation>En casa</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>The next refill date, if you know it (YYYY-MM-DD; leave empty to keep it as it is):</source>
        <translation>La fecha de la próxima recarga, si la sabe (AAAA-MM-DD; déjela vacía para no cambiarla):</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>When it is taken</source>
        <translation>Cuándo se toma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>alarm date {date}</source>
        <translation>fecha de alarma {date}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>next refill {date}</source>
        <translation>próxima recarga {date}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{amount} on hand</source>
        <translation>{amount} en casa</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
Not baclofen: the baclofen checks do not apply.</source>
        <translation>{medicine}
No es baclofeno: las comprobaciones de baclofeno no se aplican.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
⚠ Recorded as not baclofen: the baclofen checks do not apply.</source>
        <translation>{medicine}
⚠ Anotado como no baclofeno: las comprobaciones de baclofeno no se aplican.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}  (archived)</source>
        <translation>{medicine}  (archivado)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{schedules} — {plan}</source>
        <translation>{schedules} — {plan}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{stock} — reorder now</source>
        <translation>{stock} — pida más ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{when} — {dates}</source>
        <translation>{when} — {dates}</translation>
    </message>
</context>
<context>
    <name>ui.pages.plans</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Add a plan…</source>
        <translation>Añadir u&amp;n plan…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Steps</source>
        <translation>Pa&amp;sos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;b&gt;{plan}:&lt;/b&gt; {warning}</source>
        <translation>&lt;b&gt;{plan}:&lt;/b&gt; {warning}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Why the app asks: reducing too quickly&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Por qué pregunta la aplicación: bajar la dosis demasiado rápido&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>A plan belongs to a medicine: first add {name}&apos;s medicine on the Medicines page, then come back to add the plan.</source>
        <translation>Un plan es de un medicamento: primero añada el medicamento de {name} en la página Medicamentos y después vuelva para añadir el plan.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>A&amp;rchive this plan</source>
        <translation>A&amp;rchivar este plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan</source>
        <translation>Añadir un plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan…</source>
        <translation>Añadir un plan…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the plan “{plan}”? It is no longer shown or checked; nothing is deleted, and Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>¿Archivar el plan “{plan}”? Deja de mostrarse y de comprobarse; no se borra nada, y Editar &gt; Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the selected plan</source>
        <translation>Archivar el plan elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive this plan?</source>
        <translation>¿Archivar este plan?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Cha&amp;nge this plan…</source>
        <translation>Cam&amp;biar este plan…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Change the selected plan</source>
        <translation>Cambiar el plan elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Char&amp;t</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check this plan</source>
        <translation>Revise este plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (answered): {what}.</source>
        <translation>Control {number} de {of} (respondido): {what}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (not answered): {what}.</source>
        <translation>Control {number} de {of} (sin responder): {what}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of}: {what}.</source>
        <translation>Control {number} de {of}: {what}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Dose plans: building up or lowering</source>
        <translation>Planes de dosis: subir o bajar la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Go to Medicines</source>
        <translation>Ir a Medicamentos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>No plan being followed sets today&apos;s doses.</source>
        <translation>Ningún plan que se esté siguiendo fija las dosis de hoy.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Nothing yet — no dose plan for {name}. When the doctor or nurse gives a plan for raising or lowering the dose, add it here exactly as written; the app checks it and shows it, and never makes one up.</source>
        <translation>Todavía nada: no hay ningún plan de dosis para {name}. Cuando el médico o la enfermera den un plan para subir o bajar la dosis, añádalo aquí tal como está escrito; la aplicación lo comprueba y lo muestra, y nunca se inventa uno.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan changed.</source>
        <translation>Plan cambiado.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan saved. Its doses are reminded from now on if it is being followed.</source>
        <translation>Plan guardado. Si se está siguiendo, sus dosis se recuerdan desde ahora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan steps</source>
        <translation>Pasos del plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>The plan as a table, a calendar or a chart</source>
        <translation>El plan como tabla, calendario o gráfico</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Today&apos;s step: {mg} mg a day.</source>
        <translation>Paso de hoy: {mg} mg al día.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Total a day</source>
        <translation>Total al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>building up</source>
        <translation>subida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>lowering</source>
        <translation>bajada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>the plan {plan}</source>
        <translation>el plan {plan}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg   ← today</source>
        <translation>{mg} mg   ← hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind})</source>
        <translation>{plan} ({kind})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind}) — not followed</source>
        <translation>{plan} ({kind}) — no se sigue</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{today} {after} Plans are shown as the clinician wrote them. Reminders follow the plan being followed: each step&apos;s doses at the times it lists, until the next step starts; after the last step, what the plan says (keep its doses, or stop). Questions about a plan: talk to your doctor or nurse.</source>
        <translation>{today} {after} Los planes se muestran tal como los escribió el profesional sanitario. Los recordatorios siguen el plan que se está siguiendo: las dosis de cada paso a las horas que indica, hasta que empieza el paso siguiente; después del último paso, lo que diga el plan (mantener sus dosis o parar). Si tiene preguntas sobre un plan, hable con su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>“{plan}”: {words}</source>
        <translation>“{plan}”: {words}</translation>
    </message>
</context>
<context>
    <name>ui.pages.reports</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>&amp;Questions for the doctor or nurse (kept until you change them; they go on the summary):</source>
        <translation>Pre&amp;guntas para el médico o la enfermera (se guardan hasta que las cambie; van en el resumen):</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>An appointment summary to show or give to the doctor or nurse: medicines and doses, the diary, side effects, danger signs, the dose plan, and your questions.</source>
        <translation>Un resumen para la cita, para enseñar o dar al médico o a la enfermera: medicamentos y dosis, el diario, efectos secundarios, señales de peligro, el plan de dosis y sus preguntas.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>At most {days} days: a year and a day, so a yearly review fits. The summary is for one appointment; the whole history is in the export.</source>
        <translation>Como mucho {days} días: un año y un día, para que quepa una revisión anual. El resumen es para una cita; todo el historial está en la exportación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>First day of the summary</source>
        <translation>Primer día del resumen</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>For example: The spasms at night are worse since the dose went down. Should we wait or change the plan?</source>
        <translation>Por ejemplo: Los espasmos por la noche han empeorado desde que bajó la dosis. ¿Esperamos o cambiamos el plan?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;odo:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Period of the summary</source>
        <translation>Periodo del resumen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Preparing the summary of %n days…</source>
        <extracomment>English singular: Preparing the summary of %n day…</extracomment>
        <translation>
            <numerusform>Preparando el resumen de %n día…</numerusform>
            <numerusform>Preparando el resumen de %n días…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print preview of the summary</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the appointment summary</source>
        <translation>Imprimir el resumen para la cita</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Questions for the doctor or nurse</source>
        <translation>Preguntas para el médico o la enfermera</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the appointment summary as PDF</source>
        <translation>Guardar el resumen para la cita como PDF</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the summary as a PDF file</source>
        <translation>Guardar el resumen en un archivo PDF</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Saved the appointment summary as {path}</source>
        <translation>Resumen para la cita guardado como {path}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Sent the appointment summary to the printer.</source>
        <translation>Se envió el resumen para la cita a la impresora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Since a date (the last appointment)</source>
        <translation>Desde una fecha (la última cita)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The appointment summary</source>
        <translation>El resumen para la cita</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The questions are too long to keep: at most {most} characters (now {now}). Shorten them; nothing else is lost.</source>
        <translation>Las preguntas son demasiado largas para guardarlas: como mucho {most} caracteres (ahora {now}). Acórtelas; no se pierde nada más.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The summary could not be made.</source>
        <translation>No se pudo hacer el resumen.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Your questions could not be saved ({why}). They are still here.</source>
        <translation>No se pudieron guardar sus preguntas ({why}). Siguen aquí.</translation>
    </message>
</context>
<context>
    <name>ui.pages.today</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Not taken (missed)</source>
        <translation>&amp;No tomada (olvidada)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Skip on purpose…</source>
        <translation>&amp;Saltar a propósito…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Taken now</source>
        <translation>&amp;Tomada ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the &amp;check-in…</source>
        <translation>Responder al c&amp;ontrol…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the check-in</source>
        <translation>Responder al control</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer yesterday&apos;s &amp;check-in…</source>
        <translation>Responder al c&amp;ontrol de ayer…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>As needed: log {medicine} {dose} mg now…</source>
        <translation>Cuando haga falta: anotar {medicine} {dose} mg ahora…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose histor&amp;y</source>
        <translation>&amp;Historial de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose-change check-in</source>
        <translation>Control por cambio de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Go to Medicines</source>
        <translation>Ir a Medicamentos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Keys on this tab: T taken now, A taken at, S skip, N not taken. Ctrl+Z undoes the last answer.</source>
        <translation>Teclas en esta pestaña: T tomada ahora, A tomada a una hora, S saltar, N no tomada. Ctrl+Z deshace la última respuesta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Log an as-needed dose of {medicine}</source>
        <translation>Anotar una dosis de {medicine} cuando haga falta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Logged {dose}. {today} Undo (Ctrl+Z) takes it back.</source>
        <translation>Anotado: {dose}. {today} Deshacer (Ctrl+Z) lo retira.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not listed today: {times}. That time was added after it had passed today, so it was never reminded; it is listed from the next time it comes. If a dose was given then, the dose history can be used to record it.</source>
        <translation>No aparece hoy: {times}. Esa hora se añadió cuando ya había pasado hoy, así que nunca se recordó; aparece a partir de la próxima vez que llegue. Si se dio una dosis a esa hora, se puede anotar en el historial de dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not taken, missed</source>
        <translation>No tomada, olvidada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing was logged for {medicine}.</source>
        <translation>No se anotó nada de {medicine}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing yet — no medicines for {name}. Add a medicine and when it is taken on the Medicines page, and today&apos;s doses will appear here.</source>
        <translation>Todavía nada: no hay medicamentos para {name}. Añada un medicamento y cuándo se toma en la página Medicamentos, y las dosis de hoy aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Recorded {doses} as {answer}. Undo (Ctrl+Z) takes the answer back.</source>
        <translation>Anotado: {doses}, {answer}. Deshacer (Ctrl+Z) retira la respuesta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Skip on purpose</source>
        <translation>Saltar a propósito</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>T: taken now. A: taken at a time. S: skip on purpose. N: not taken.</source>
        <translation>T: tomada ahora. A: tomada a una hora. S: saltar a propósito. N: no tomada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken &amp;at…</source>
        <translation>Tomada a &amp;las…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken at</source>
        <translation>Tomada a una hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken now</source>
        <translation>Tomada ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose is not given, on purpose; you can say why (S)</source>
        <translation>La dosis elegida no se da, a propósito; puede decir por qué (S)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was not taken: forgotten or missed (N)</source>
        <translation>La dosis elegida no se tomó: se olvidó o se pasó (N)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken at a time you give (A)</source>
        <translation>La dosis elegida se tomó a la hora que usted diga (A)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken just now (T)</source>
        <translation>La dosis elegida se acaba de tomar (T)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Times not listed today</source>
        <translation>Horas que no aparecen hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today or dose history</source>
        <translation>Hoy o historial de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s &amp;doses</source>
        <translation>&amp;Dosis de hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s doses</source>
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose</source>
        <translation>Primera dosis de mañana</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose: {day} {time} — {medicine} {dose}</source>
        <translation>Primera dosis de mañana: {day} {time} — {medicine} {dose}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Yesterday&apos;s check-in was not answered ({checkin}): you can still answer it today.</source>
        <translation>El control de ayer no se respondió ({checkin}): todavía puede responderlo hoy.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>log {dose}</source>
        <translation>anotar {dose}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>not taken</source>
        <translation>no tomada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at</source>
        <translation>tomada a una hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at {time}</source>
        <translation>tomada a las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken now</source>
        <translation>tomada ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{answer}: {doses}</source>
        <translation>{answer}: {doses}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today.</source>
        <translation>{checkin} — respondido hoy.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today; danger sign recorded: {signs}.</source>
        <translation>{checkin} — respondido hoy; señal de peligro anotada: {signs}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — waiting for an answer.</source>
        <translation>{checkin} — esperando respuesta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} as needed today</source>
        <translation>{medicine} cuando haga falta, hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} at {time}</source>
        <translation>{medicine} a las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} (due {time})</source>
        <translation>{medicine} {dose} (de las {time})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at now (as needed)</source>
        <translation>{medicine} {dose} mg ahora (cuando haga falta)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at {time} (as needed)</source>
        <translation>{medicine} {dose} mg a las {time} (cuando haga falta)</translation>
    </message>
</context>
<context>
    <name>ui.people</name>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Emergency contact</source>
        <translation>Contacto de &amp;emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Kidneys</source>
        <translation>&amp;Riñones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Prescriber / clinic</source>
        <translation>&amp;Médico o centro que lo receta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>About the age</source>
        <translation>Sobre la edad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Anything useful, up to {count} characters.</source>
        <translation>Cualquier cosa útil, hasta {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive or restore the selected person</source>
        <translation>Archivar o recuperar a la persona elegida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive this person?</source>
        <translation>¿Archivar a esta persona?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive {name}</source>
        <translation>Archivar a {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive {name}? Their reminders stop and they leave the lists, but all their history is kept. You can restore them here, or undo with Ctrl+Z.</source>
        <translation>¿Archivar a {name}? Sus recordatorios se paran y sale de las listas, pero se guarda todo su historial. Puede recuperarla aquí, o deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Check-&amp;ins after a dose change</source>
        <translation>Días de &amp;seguimiento tras un cambio de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Check-in &amp;time</source>
        <translation>&amp;Hora del seguimiento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Edit person</source>
        <translation>Modificar persona</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Edit the selected person</source>
        <translation>Modificar a la persona elegida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Everyone you look after. Archiving hides a person from the lists but keeps their history; you can restore them at any time.</source>
        <translation>Todas las personas que usted cuida. Archivar a una persona la quita de las listas pero guarda su historial; puede recuperarla en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>HH:MM (empty: with the last dose of the day)</source>
        <translation>HH:MM (vacío: con la última dosis del día)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Kidney function is reduced</source>
        <translation>Los riñones funcionan peor de lo normal</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>No check-ins</source>
        <translation>Sin seguimiento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Optional. A date like {example}, chosen on the calendar, or just the year (1956) if that is all you know.</source>
        <translation>Opcional. Una fecha como {example}, elegida en el calendario, o solo el año (1956) si es lo único que sabe.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>People cared for</source>
        <translation>Personas que cuida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Restore {name}</source>
        <translation>Recuperar a {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>The name shown on every screen, for example &apos;Mum&apos; or &apos;Alex Smith&apos;.</source>
        <translation>El nombre que se ve en todas las pantallas, por ejemplo «Mamá» o «Alex García».</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>When the daily check-in comes. Empty: with the person&apos;s last dose of the day (20:00 without one).</source>
        <translation>Cuándo llegan las preguntas de seguimiento de cada día. Vacío: con la última dosis del día de la persona (a las 20:00 si no tiene ninguna).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Who to call, and their number</source>
        <translation>A quién llamar, y su número</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>e.g. Dr Lee, Neurology clinic, 01234 567890</source>
        <translation>por ejemplo: Dra. López, consulta de Neurología, 01234 567890</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>{name}   (archived)</source>
        <translation>{name}   (archivada)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>{problem} Or leave it empty.</source>
        <translation>{problem} O déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>ui.plan_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Add a step</source>
        <translation>Añ&amp;adir un paso</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Medicine</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Remove the selected step</source>
        <translation>&amp;Quitar el paso elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Times of day</source>
        <translation>&amp;Horas del día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Where it comes from</source>
        <translation>&amp;De dónde viene</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>A time of day is there twice.</source>
        <translation>Hay una hora del día repetida.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Add a dose plan for {name}</source>
        <translation>Añadir un plan de dosis para {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>After the last step:</source>
        <translation>Después del último paso:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Change a dose plan for {name}</source>
        <translation>Cambiar un plan de dosis de {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Checks on this plan</source>
        <translation>Comprobaciones de este plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Each row is one step: the first day, how many days, and the dose in mg at each time of day (0 for none). Arrow keys move between cells; Tab leaves the table.</source>
        <translation>Cada fila es un paso: el primer día, cuántos días, y la dosis en mg a cada hora del día (0 si no hay). Las flechas mueven entre las casillas; Tab sale de la tabla.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Enter the plan exactly as the doctor or nurse wrote it. The app checks it and shows it; it never changes it.</source>
        <translation>Escriba el plan tal como lo escribió el médico o la enfermera. La aplicación lo comprueba y lo muestra; nunca lo cambia.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Follow this plan instead?</source>
        <translation>¿Seguir este plan en su lugar?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For a plan written like “10 mg three times a day”: one dose column, given at each time of day</source>
        <translation>Para un plan escrito como «10 mg tres veces al día»: una sola columna de dosis, que se da a cada hora del día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For example: letter from Dr Lee, 20 November</source>
        <translation>Por ejemplo: carta de la Dra. López, 20 de noviembre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Keep &amp;giving the last step&apos;s doses</source>
        <translation>&amp;Seguir dando las dosis del último paso</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Plan &amp;name</source>
        <translation>&amp;Nombre del plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Plan steps</source>
        <translation>Pasos del plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please check this plan</source>
        <translation>Revise este plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please check: {warnings}</source>
        <translation>Revise: {warnings}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please enter at least one time of day, like 08:00.</source>
        <translation>Escriba al menos una hora del día, como 08:00.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Same dose at &amp;every time (enter the dose once for each step)</source>
        <translation>La misma dosis a &amp;cada hora (escriba la dosis una vez en cada paso)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Ste&amp;ps, one row each: the first day (like {example} or 2026-12-01), how many days, and the mg at each time (0 for none):</source>
        <translation>&amp;Pasos, una fila cada uno: el primer día (como {example} o 2026-12-01), cuántos días, y los mg a cada hora (0 si no hay):</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: please enter the dose at {time} in mg (0 for none).</source>
        <translation>Paso {step}: escriba la dosis de las {time} en mg (0 si no hay).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the first day</source>
        <translation>Paso {step}: el primer día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the first day must be a date like {example}.</source>
        <translation>Paso {step}: el primer día tiene que ser una fecha como {example}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the number of days must be a whole number.</source>
        <translation>Paso {step}: el número de días tiene que ser un número entero.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Then st&amp;op: no more doses</source>
        <translation>Después, pa&amp;rar: no más dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>This plan is being followed now: reminders give its doses</source>
        <translation>Este plan se está siguiendo ahora: los recordatorios avisan de sus dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps}</source>
        <translation>Total al día, paso a paso: {steps}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps} → then stop</source>
        <translation>Total al día, paso a paso: {steps} → después, parar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps} → then the last step&apos;s doses carry on until the plan is changed</source>
        <translation>Total al día, paso a paso: {steps} → después, las dosis del último paso siguen hasta que se cambie el plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>What happens after the last step? Please choose below: keep its doses, or stop.</source>
        <translation>¿Qué pasa después del último paso? Elija abajo: seguir con sus dosis, o parar.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>e.g. {times}</source>
        <translation>por ejemplo: {times}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>mg at each time ({times})</source>
        <translation>mg a cada hora ({times})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>mg at {time}</source>
        <translation>mg a las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{medicine} (archived)</source>
        <translation>{medicine} (archivado)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{medicine} (pump)</source>
        <translation>{medicine} (bomba)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{warnings}

Save the plan as written anyway?</source>
        <translation>{warnings}

¿Guardar el plan tal como está escrito de todos modos?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>“{plan}” is being followed for this medicine now. Only one plan can set the reminders: stop following “{plan}” (it stays on the Plans page) and follow this one?</source>
        <translation>Ahora se está siguiendo «{plan}» para este medicamento. Solo un plan puede fijar los recordatorios: ¿dejar de seguir «{plan}» (se queda en la página Planes) y seguir este?</translation>
    </message>
</context>
<context>
    <name>ui.plan_views</name>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Plan calendar</source>
        <translation>Calendario del plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Plan chart: mg a day over time</source>
        <translation>Gráfico del plan: mg al día a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Shaded, bold: a day of a plan&apos;s step. Green, italic and underlined: a day with a dose-change check-in.</source>
        <translation>Sombreado y en negrita: un día de un paso del plan. En verde, cursiva y subrayado: un día con seguimiento por un cambio de dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>The chosen day&apos;s step</source>
        <translation>El paso del día elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>from {start} to {end}: {mg} mg a day</source>
        <translation>del {start} al {end}: {mg} mg al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: no step of a plan.</source>
        <translation>{day}: ningún paso de un plan.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: no step starts or runs that day; the reminders carry on with the step from {start} ({mg} mg a day) of “{plan}”.</source>
        <translation>{day}: ese día no empieza ni sigue ningún paso; los recordatorios siguen con el paso del {start} ({mg} mg al día) de «{plan}».</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: {mg} mg a day — step {step} of {steps} of “{plan}” (not followed: its doses are not reminded).</source>
        <translation>{day}: {mg} mg al día — paso {step} de {steps} de «{plan}» (no se sigue: sus dosis no se recuerdan).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: {mg} mg a day — step {step} of {steps} of “{plan}”.</source>
        <translation>{day}: {mg} mg al día — paso {step} de {steps} de «{plan}».</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
</context>
<context>
    <name>ui.printing</name>
    <message>
        <location filename="../src/caregiver_app/ui/printing.py"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>ui.prompts</name>
    <message>
        <location filename="../src/caregiver_app/ui/prompts.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/prompts.py"/>
        <source>Which day this time means</source>
        <translation>Qué día indica esta hora</translation>
    </message>
</context>
<context>
    <name>ui.red_flags</name>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>&lt;b&gt;Médico que lo receta:&lt;/b&gt; no hay ninguno anotado (añádalo con Personas ▸ Editar esta persona).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; {prescriber}</source>
        <translation>&lt;b&gt;Médico que lo receta:&lt;/b&gt; {prescriber}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>&lt;b&gt;Contacto de emergencia:&lt;/b&gt; no hay ninguno anotado (añádalo con Personas ▸ Editar esta persona).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; {contact}</source>
        <translation>&lt;b&gt;Contacto de emergencia:&lt;/b&gt; {contact}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign recorded — act now</source>
        <translation>Señal de peligro anotada — actúe ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign — act now</source>
        <translation>Señal de peligro — actúe ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Open &amp;emergency signs</source>
        <translation>Abrir &amp;señales de emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Opens the Information page on emergency signs</source>
        <translation>Abre la página de Información sobre las señales de emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Recorded for {name}: {signs}.</source>
        <translation>Anotado para {name}: {signs}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>This app does not give medical advice. If you are worried, call the doctor or the emergency number.</source>
        <translation>Esta aplicación no da consejo médico. Si está preocupado, llame al médico o al número de emergencias.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Ticked for {name}: {signs}. Act on it now; the diary entry is saved with it when you save.</source>
        <translation>Marcado para {name}: {signs}. Actúe ahora; la anotación del diario se guarda con la señal cuando usted la guarde.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
</context>
<context>
    <name>ui.reminders</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>%n notices: see Today</source>
        <extracomment>English singular: %n notice: see Today</extracomment>
        <translation>
            <numerusform>%n aviso: vea Hoy</numerusform>
            <numerusform>%n avisos: vea Hoy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Not taken</source>
        <translation>&amp;No se tomó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Skip…</source>
        <translation>&amp;Saltar…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Taken now</source>
        <translation>&amp;Tomada ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>(and %n earlier doses still to answer)</source>
        <extracomment>English singular: (and %n earlier dose still to answer)</extracomment>
        <translation>
            <numerusform>(y %n dosis anterior por responder)</numerusform>
            <numerusform>(y %n dosis anteriores por responder)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&lt;b&gt;Do not double up.&lt;/b&gt; Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse. If the next dose is less than 2 hours away, leave the missed one out and take the next at the usual time.</source>
        <translation>&lt;b&gt;No doble la dosis.&lt;/b&gt; Nunca tome 2 dosis a la vez ni una dosis de más para compensar una olvidada. Si tiene dudas, consulte a su médico o enfermera. Si faltan menos de 2 horas para la dosis siguiente, deje la olvidada y tome la siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Baclofen should not be stopped suddenly: stopping it suddenly can cause withdrawal, such as hallucinations or seizures. If doses are being skipped (because of side effects, or for another reason), talk to your doctor or nurse.</source>
        <translation>El baclofeno no se debe dejar de golpe: dejarlo de golpe puede causar abstinencia, como alucinaciones o convulsiones. Si se están saltando dosis (por efectos secundarios o por otro motivo), hable con su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Caregiver Assistant: please act soon</source>
        <translation>Caregiver Assistant: actúe pronto, por favor</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Check-in: how are things today?</source>
        <translation>Seguimiento: ¿cómo van las cosas hoy?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Closing this window snoozes the reminder for 10 minutes.</source>
        <translation>Si cierra esta ventana, el recordatorio se pospone 10 minutos.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Don&apos;t log</source>
        <translation>No anotarla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Doses due now</source>
        <translation>Dosis que tocan ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: leave it out; take the next dose at the usual time.</source>
        <translation>Si no se tomó: déjela; tome la dosis siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: see the medicine&apos;s leaflet.</source>
        <translation>Si no se tomó: mire el prospecto del medicamento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: take it now.</source>
        <translation>Si no se tomó: tómela ahora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>It &amp;was taken</source>
        <translation>&amp;Sí se tomó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Log it</source>
        <translation>Anotarla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed a dose: what to do</source>
        <translation>Se olvidó una dosis: qué hacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed dose guidance</source>
        <translation>Qué hacer con una dosis olvidada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses</source>
        <translation>Dosis olvidadas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses — was it taken?</source>
        <translation>Dosis olvidadas — ¿se tomó?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed — was it taken?</source>
        <translation>Olvidada — ¿se tomó?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Reason (optional):</source>
        <translation>Motivo (opcional):</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Recorded as taken at its usual time</source>
        <translation>Se anota como tomada a su hora de siempre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Skip this dose</source>
        <translation>Saltar esta dosis</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze %n minutes</source>
        <extracomment>English singular: Snooze %n minute</extracomment>
        <translation>
            <numerusform>Posponer %n minuto</numerusform>
            <numerusform>Posponer %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Taken &amp;at…</source>
        <translation>Tomada a &amp;las…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>These doses came due while the app was closed, the computer was asleep, or reminders were paused. Please say what happened, so the record is right: tick the doses (Space), or select one, then choose an answer.</source>
        <translation>Estas dosis tocaban mientras la aplicación estaba cerrada, el ordenador estaba en reposo o los recordatorios estaban en pausa. Diga qué pasó, para que el registro sea correcto: marque las dosis (Espacio), o seleccione una, y luego elija una respuesta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Tick the doses this answer is for (Space ticks or unticks). Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse.</source>
        <translation>Marque las dosis a las que se refiere esta respuesta (Espacio marca o desmarca). Nunca tome 2 dosis a la vez ni una dosis de más para compensar una olvidada. Si tiene dudas, consulte a su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose</source>
        <translation>Hora de una dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose — Caregiver Assistant</source>
        <translation>Hora de una dosis — Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>What time was it taken?</source>
        <translation>¿A qué hora se tomó?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>What to do about the selected dose</source>
        <translation>Qué hacer con la dosis seleccionada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>When was it taken?</source>
        <translation>¿Cuándo se tomó?</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation>El idioma nuevo se usa la próxima vez que se abra Caregiver Assistant.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation>No disponible en este sistema.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation>Sonido con los recordatorios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation>Sonido de los recordatorios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation>Igual que este ordenador ({language})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation>Abrir Caregiver Assistant al iniciar la sesión (para que lleguen los recordatorios)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation>Abrir al iniciar la sesión</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>ui.tray</name>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Open Caregiver Assistant</source>
        <translation>&amp;Abrir Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>&amp;Pausar los recordatorios 1 hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Quit (reminders stop)</source>
        <translation>&amp;Salir (se detienen los recordatorios)</translation>
    </message>
</context>
<context>
    <name>ui.widgets</name>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>Undo what was just done</source>
        <translation>Deshacer lo que se acaba de hacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>What was just done</source>
        <translation>Lo que se acaba de hacer</translation>
    </message>
</context>
</TS>
