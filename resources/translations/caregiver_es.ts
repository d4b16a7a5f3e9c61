<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.pages.base</name>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Archive {what}</source>
        <translation>Archivar {what}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Archived “{name}”. Ctrl+Z brings it back.</source>
        <translation>Se archivó “{name}”. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>For: {name}</source>
        <translation>Persona: {name}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Nobody to care for yet. Start by adding the person you look after (you can add more people later).

New here? The guide “Using this app” (in the Help menu) shows what each page does, with pictures. For emergency signs, press F1 at any time.</source>
        <translation>Todavía no hay nadie a quien cuidar. Empiece por añadir a la persona que usted cuida (puede añadir más personas después).

¿Es la primera vez? La guía “Cómo usar esta aplicación” (en el menú Ayuda) muestra con imágenes lo que hace cada página. Para las señales de emergencia, pulse F1 en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Restore {what}</source>
        <translation>Recuperar {what}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Restored “{name}”.</source>
        <translation>Se recuperó “{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Undone: {action}.</source>
        <translation>Deshecho: {action}.</translation>
    </message>
</context>
<context>
    <name>ui.pages.diary</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>%n entries</source>
        <extracomment>English singular: %n entry</extracomment>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Delete…</source>
        <translation>Bo&amp;rrar…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva anotación</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Score</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>A&amp;verage</source>
        <translation>Me&amp;dia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Add diary entry ({when})</source>
        <translation>Añadir anotación del diario ({when})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any score</source>
        <translation>Cualquier puntuación</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any side effect</source>
        <translation>Cualquier efecto secundario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Average over</source>
        <translation>Media por</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ch&amp;ange…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change diary entry ({when})</source>
        <translation>Cambiar anotación del diario ({when})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change the selected entry (Enter)</source>
        <translation>Cambiar la anotación elegida (Intro)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Char&amp;t</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Copied from {when} (danger signs and notes are not copied). Change what is different, then save.</source>
        <translation>Copiada de la anotación de {when} (las señales de peligro y las notas no se copian). Cambie lo que sea distinto y después guarde.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Could not save the chart to {path}</source>
        <translation>No se pudo guardar el gráfico en {path}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Daily average</source>
        <translation>Media diaria</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry</source>
        <translation>Borrar anotación del diario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry ({when})</source>
        <translation>Borrar anotación del diario ({when})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the entry of {when}?

You can undo this (Ctrl+Z).</source>
        <translation>¿Borrar la anotación de {when}?

Puede deshacerlo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the selected entry (Delete); it can be undone</source>
        <translation>Borrar la anotación elegida (Supr); se puede deshacer</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Deleted the entry of {when}.</source>
        <translation>Se borró la anotación de {when}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Diary entries</source>
        <translation>Anotaciones del diario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Drowsiness, Dizziness</source>
        <translation>Somnolencia, Mareo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ent&amp;ries</source>
        <translation>Ano&amp;taciones</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export failed: {why}. Nothing was written.</source>
        <translation>No se pudo exportar: {why}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export the diary as CSV</source>
        <translation>Exportar el diario como CSV</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Exported {entries} to {path}</source>
        <translation>Exportado a {path}: {entries}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by score</source>
        <translation>Filtrar por puntuación</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by side effect</source>
        <translation>Filtrar por efecto secundario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Highest score</source>
        <translation>Puntuación más alta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Legs stiff in the morning</source>
        <translation>Piernas rígidas por la mañana</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Lowest score</source>
        <translation>Puntuación más baja</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Monthly average</source>
        <translation>Media mensual</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>No entries yet. A short entry each evening (spasms, stiffness, pain, sleep, side effects) shows over time whether a dose change helps.</source>
        <translation>Todavía no hay anotaciones. Una anotación corta cada noche (espasmos, rigidez, dolor, sueño, efectos secundarios) muestra con el tiempo si un cambio de dosis ayuda.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not deleted: {why}</source>
        <translation>No se borró: {why}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved yet: please put right the fields marked in red. The entry, with its danger sign, is saved as soon as they are right; nothing you typed is lost.</source>
        <translation>Todavía no se ha guardado: corrija los campos marcados en rojo. La anotación, con su señal de peligro, se guarda en cuanto estén bien; no se pierde nada de lo que escribió.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved: please check the fields marked in red.</source>
        <translation>No se guardó: revise los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Number of entries shown</source>
        <translation>Número de anotaciones mostradas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only check-ins</source>
        <translation>Solo controles</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only entries with danger signs</source>
        <translation>Solo anotaciones con señales de peligro</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only the answers to the dose-change check-ins</source>
        <translation>Solo las respuestas a los controles por cambio de dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is added again.</source>
        <translation>Rehecho: la anotación de {when} se ha añadido otra vez.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is changed again.</source>
        <translation>Rehecho: la anotación de {when} se ha cambiado otra vez.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save as &amp;image…</source>
        <translation>Gua&amp;rdar como imagen…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the chart as an image</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the entries shown as a spreadsheet file (CSV)</source>
        <translation>Guardar las anotaciones mostradas en un archivo de hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved the chart to {path}</source>
        <translation>Gráfico guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}.</source>
        <translation>Guardada: {when}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}. (Ctrl+Z undoes the change.)</source>
        <translation>Guardada: {when}. (Ctrl+Z deshace el cambio.)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Score to chart</source>
        <translation>Puntuación del gráfico</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Sho&amp;w all</source>
        <translation>&amp;Mostrar todo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Showing {shown} of {entries}</source>
        <translation>Se muestran {shown} de {entries}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Symptom diary</source>
        <translation>Diario de síntomas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>The entry is back.</source>
        <translation>La anotación ha vuelto.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>There is no earlier entry to copy.</source>
        <translation>No hay ninguna anotación anterior que copiar.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ti&amp;me</source>
        <translation>Peri&amp;odo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Time shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: adding the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>Deshecho: añadir la anotación de {when} (Ctrl+Mayús+Z lo rehace).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: the change to the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>Deshecho: el cambio de la anotación de {when} (Ctrl+Mayús+Z lo rehace).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Wed 30 Sep 2026 21:30  (check-in)</source>
        <translation>mié 30 sept 2026 21:30  (control)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Weekly average</source>
        <translation>Media semanal</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary</source>
        <translation>diario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-chart.png</source>
        <translation>diario-grafico.png</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-{name}-{date}.csv</source>
        <translation>diario-{name}-{date}.csv</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>{entries}; the last on {when}.</source>
        <translation>{entries}; la última, de {when}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>{period} average</source>
        <translation>Media: {period}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>⚠ A seizure (fit)</source>
        <translation>⚠ Una convulsión (ataque)</translation>
    </message>
</context>
<context>
    <name>ui.pages.info</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>%n matches on this page</source>
        <extracomment>English singular: %n match on this page</extracomment>
        <translation>
            <numerusform>%n coincidencia en esta página</numerusform>
            <numerusform>%n coincidencias en esta página</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>%n pages found</source>
        <extracomment>English singular: %n page found</extracomment>
        <translation>
            <numerusform>%n página encontrada</numerusform>
            <numerusform>%n páginas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>&amp;Search all pages</source>
        <translation>&amp;Buscar en todas las páginas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Back to the page before (Alt+Left)</source>
        <translation>Volver a la página anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Caregiver Assistant, information page “{title}”. Printed {date}. This is not medical advice: talk to your doctor or nurse.</source>
        <translation>Caregiver Assistant, página de información “{title}”. Impresa el {date}. Esto no es consejo médico: hable con su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>For example: missed dose</source>
        <translation>Por ejemplo: dosis olvidada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward again (Alt+Right)</source>
        <translation>Ir hacia delante otra vez (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Go to the first page, {title} (Alt+Home)</source>
        <translation>Ir a la primera página, {title} (Alt+Inicio)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Information page text</source>
        <translation>Texto de la página de información</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Information pages</source>
        <translation>Páginas de información</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Leave the app?</source>
        <translation>¿Salir de la aplicación?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Leaves the app: {address}</source>
        <translation>Sale de la aplicación: {address}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Match {number} of {count} on this page</source>
        <translation>Coincidencia {number} de {count} en esta página</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Matches on this page</source>
        <translation>Coincidencias en esta página</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match</source>
        <translation>Siguiente coincidencia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match on this page (Enter or F3)</source>
        <translation>Siguiente coincidencia en esta página (Intro o F3)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>No matches on this page</source>
        <translation>No hay coincidencias en esta página</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Not opened: {address}</source>
        <translation>No se abrió: {address}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Nothing found for “{query}”. Try fewer or different words.</source>
        <translation>No se encontró nada para “{query}”. Pruebe con menos palabras o con otras.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Opened {address} in your web browser.</source>
        <translation>Se abrió {address} en su navegador web.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Opens “{title}”</source>
        <translation>Abre “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages that contain the search words. Enter opens the page at the match</source>
        <translation>Páginas que contienen las palabras buscadas. Intro abre la página en la coincidencia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match on this page (Shift+F3)</source>
        <translation>Coincidencia anterior en esta página (Mayús+F3)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page</source>
        <translation>Imprimir esta página</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page with its sources (Ctrl+P)</source>
        <translation>Imprimir esta página con sus fuentes (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page as PDF</source>
        <translation>Guardar esta página como PDF</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page with its sources as a PDF file (Ctrl+Shift+S)</source>
        <translation>Guardar esta página con sus fuentes en un archivo PDF (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Saved “{title}” as {path}</source>
        <translation>Se guardó “{title}” como {path}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results summary</source>
        <translation>Resumen de los resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Search the information pages</source>
        <translation>Buscar en las páginas de información</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Sent “{title}” to the printer.</source>
        <translation>Se envió “{title}” a la impresora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Stayed in the app.</source>
        <translation>Sigue en la aplicación.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Tab moves between links; Enter follows a link</source>
        <translation>Tab pasa de un enlace a otro; Intro abre el enlace</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>The table of contents: choosing a page opens it</source>
        <translation>El índice: al elegir una página, se abre</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>This link cannot be opened: {address}</source>
        <translation>Este enlace no se puede abrir: {address}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Type words to find (Ctrl+F). Enter or F3 goes to the next match; Down arrow moves to the results; Escape clears</source>
        <translation>Escriba las palabras que busca (Ctrl+F). Intro o F3 va a la siguiente coincidencia; la flecha abajo pasa a los resultados; Esc borra</translation>
    </message>
</context>
<context>
    <name>ui.pages.medicines</name>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Add a medicine…</source>
        <translation>Añadir un &amp;medicamento…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine…</source>
        <translation>Añadir un medicamento…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive or restore the selected medicine</source>
        <translation>Archivar o recuperar el medicamento elegido</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive this medicine?</source>
        <translation>¿Archivar este medicamento?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive {medicine}? Its reminders stop; its dose history is kept and it can be restored from &quot;Show archived&quot; (or with Edit &gt; Undo, Ctrl+Z).</source>
        <translation>¿Archivar {medicine}? Sus recordatorios se detienen; su historial de dosis se conserva y se puede recuperar desde &quot;Mostrar archivados&quot; (o con Editar &gt; Deshacer, Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Cha&amp;nge…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Edit the selected medicine</source>
        <translation>Cambiar el medicamento elegido</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Next refill</source>
        <translation>Próxima recarga</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>No schedule</source>
        <translation>Sin horario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Nothing yet — no medicines recorded for {name}. Add each medicine with its strength and the times it is taken; reminders follow from that.</source>
        <translation>Todavía nada: no hay medicamentos anotados para {name}. Añada cada medicamento con su concentración y las horas a las que se toma; los recordatorios salen de ahí.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump re&amp;filled today…</source>
        <translation>Bomba recar&amp;gada hoy…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refill recorded for today. The app will ask a short check-in each day for the next few days.</source>
        <translation>Recarga de la bomba anotada para hoy. La aplicación hará un control breve cada día durante los próximos días.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refilled today</source>
        <translation>Bomba recargada hoy</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump: no doses to remind</source>
        <translation>Bomba: no hay dosis que recordar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Record that the pump was refilled today</source>
        <translation>Anotar que la bomba se recargó hoy</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Refill not recorded</source>
        <translation>Recarga no anotada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved the changes to {medicine}.</source>
        <translation>Se guardaron los cambios de {medicine}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved {medicine}: its reminders follow from now on.</source>
        <translation>Se guardó {medicine}: sus recordatorios siguen desde ahora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived medicines</source>
        <translation>Mostrar los medicamentos archivados</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Stock</source>
        <translation>En casa</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>The next refill date, if you know it (YYYY-MM-DD; leave empty to keep it as it is):</source>
        <translation>La fecha de la próxima recarga, si la sabe (AAAA-MM-DD; déjela vacía para no cambiarla):</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>When it is taken</source>
        <translation>Cuándo se toma</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>alarm date {date}</source>
        <translation>fecha de alarma {date}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>next refill {date}</source>
        <translation>próxima recarga {date}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{amount} on hand</source>
        <translation>{amount} en casa</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
Not baclofen: the baclofen checks do not apply.</source>
        <translation>{medicine}
No es baclofeno: las comprobaciones de baclofeno no se aplican.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
⚠ Recorded as not baclofen: the baclofen checks do not apply.</source>
        <translation>{medicine}
⚠ Anotado como no baclofeno: las comprobaciones de baclofeno no se aplican.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}  (archived)</source>
        <translation>{medicine}  (archivado)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{schedules} — {plan}</source>
        <translation>{schedules} — {plan}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{stock} — reorder now</source>
        <translation>{stock} — pida más ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{when} — {dates}</source>
        <translation>{when} — {dates}</translation>
    </message>
</context>
<context>
    <name>ui.pages.plans</name>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Add a plan…</source>
        <translation>Añadir u&amp;n plan…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Steps</source>
        <translation>Pa&amp;sos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;b&gt;{plan}:&lt;/b&gt; {warning}</source>
        <translation>&lt;b&gt;{plan}:&lt;/b&gt; {warning}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Why the app asks: reducing too quickly&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Por qué pregunta la aplicación: bajar la dosis demasiado rápido&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>A plan belongs to a medicine: first add {name}&apos;s medicine on the Medicines page, then come back to add the plan.</source>
        <translation>Un plan es de un medicamento: primero añada el medicamento de {name} en la página Medicamentos y después vuelva para añadir el plan.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>A&amp;rchive this plan</source>
        <translation>A&amp;rchivar este plan</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan</source>
        <translation>Añadir un plan</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan…</source>
        <translation>Añadir un plan…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the plan “{plan}”? It is no longer shown or checked; nothing is deleted, and Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>¿Archivar el plan “{plan}”? Deja de mostrarse y de comprobarse; no se borra nada, y Editar &gt; Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the selected plan</source>
        <translation>Archivar el plan elegido</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive this plan?</source>
        <translation>¿Archivar este plan?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Cha&amp;nge this plan…</source>
        <translation>Cam&amp;biar este plan…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Change the selected plan</source>
        <translation>Cambiar el plan elegido</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Char&amp;t</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check this plan</source>
        <translation>Revise este plan</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (answered): {what}.</source>
        <translation>Control {number} de {of} (respondido): {what}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (not answered): {what}.</source>
        <translation>Control {number} de {of} (sin responder): {what}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of}: {what}.</source>
        <translation>Control {number} de {of}: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Dose plans: building up or lowering</source>
        <translation>Planes de dosis: subir o bajar la dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Go to Medicines</source>
        <translation>Ir a Medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>No plan being followed sets today&apos;s doses.</source>
        <translation>Ningún plan que se esté siguiendo fija las dosis de hoy.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Nothing yet — no dose plan for {name}. When the doctor or nurse gives a plan for raising or lowering the dose, add it here exactly as written; the app checks it and shows it, and never makes one up.</source>
        <translation>Todavía nada: no hay ningún plan de dosis para {name}. Cuando el médico o la enfermera den un plan para subir o bajar la dosis, añádalo aquí tal como está escrito; la aplicación lo comprueba y lo muestra, y nunca se inventa uno.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan changed.</source>
        <translation>Plan cambiado.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan saved. Its doses are reminded from now on if it is being followed.</source>
        <translation>Plan guardado. Si se está siguiendo, sus dosis se recuerdan desde ahora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan steps</source>
        <translation>Pasos del plan</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>The plan as a table, a calendar or a chart</source>
        <translation>El plan como tabla, calendario o gráfico</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Today&apos;s step: {mg} mg a day.</source>
        <translation>Paso de hoy: {mg} mg al día.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Total a day</source>
        <translation>Total al día</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>building up</source>
        <translation>subida</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>lowering</source>
        <translation>bajada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>the plan {plan}</source>
        <translation>el plan {plan}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg   ← today</source>
        <translation>{mg} mg   ← hoy</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind})</source>
        <translation>{plan} ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind}) — not followed</source>
        <translation>{plan} ({kind}) — no se sigue</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>{today} {after} Plans are shown as the clinician wrote them. Reminders follow the plan being followed: each step&apos;s doses at the times it lists, until the next step starts; after the last step, what the plan says (keep its doses, or stop). Questions about a plan: talk to your doctor or nurse.</source>
        <translation>{today} {after} Los planes se muestran tal como los escribió el profesional sanitario. Los recordatorios siguen el plan que se está siguiendo: las dosis de cada paso a las horas que indica, hasta que empieza el paso siguiente; después del último paso, lo que diga el plan (mantener sus dosis o parar). Si tiene preguntas sobre un plan, hable con su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>“{plan}”: {words}</source>
        <translation>“{plan}”: {words}</translation>
    </message>
</context>
<context>
    <name>ui.pages.reports</name>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>&amp;Questions for the doctor or nurse (kept until you change them; they go on the summary):</source>
        <translation>Pre&amp;guntas para el médico o la enfermera (se guardan hasta que las cambie; van en el resumen):</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>An appointment summary to show or give to the doctor or nurse: medicines and doses, the diary, side effects, danger signs, the dose plan, and your questions.</source>
        <translation>Un resumen para la cita, para enseñar o dar al médico o a la enfermera: medicamentos y dosis, el diario, efectos secundarios, señales de peligro, el plan de dosis y sus preguntas.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>At most {days} days: a year and a day, so a yearly review fits. The summary is for one appointment; the whole history is in the export.</source>
        <translation>Como mucho {days} días: un año y un día, para que quepa una revisión anual. El resumen es para una cita; todo el historial está en la exportación.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>First day of the summary</source>
        <translation>Primer día del resumen</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>For example: The spasms at night are worse since the dose went down. Should we wait or change the plan?</source>
        <translation>Por ejemplo: Los espasmos por la noche han empeorado desde que bajó la dosis. ¿Esperamos o cambiamos el plan?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;odo:</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Period of the summary</source>
        <translation>Periodo del resumen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Preparing the summary of %n days…</source>
        <extracomment>English singular: Preparing the summary of %n day…</extracomment>
        <translation>
            <numerusform>Preparando el resumen de %n día…</numerusform>
            <numerusform>Preparando el resumen de %n días…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print preview of the summary</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the appointment summary</source>
        <translation>Imprimir el resumen para la cita</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Questions for the doctor or nurse</source>
        <translation>Preguntas para el médico o la enfermera</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the appointment summary as PDF</source>
        <translation>Guardar el resumen para la cita como PDF</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the summary as a PDF file</source>
        <translation>Guardar el resumen en un archivo PDF</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Saved the appointment summary as {path}</source>
        <translation>Resumen para la cita guardado como {path}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Sent the appointment summary to the printer.</source>
        <translation>Se envió el resumen para la cita a la impresora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Since a date (the last appointment)</source>
        <translation>Desde una fecha (la última cita)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>The appointment summary</source>
        <translation>El resumen para la cita</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>The questions are too long to keep: at most {most} characters (now {now}). Shorten them; nothing else is lost.</source>
        <translation>Las preguntas son demasiado largas para guardarlas: como mucho {most} caracteres (ahora {now}). Acórtelas; no se pierde nada más.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>The summary could not be made.</source>
        <translation>No se pudo hacer el resumen.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Your questions could not be saved ({why}). They are still here.</source>
        <translation>No se pudieron guardar sus preguntas ({why}). Siguen aquí.</translation>
    </message>
</context>
<context>
    <name>ui.pages.today</name>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Not taken (missed)</source>
        <translation>&amp;No tomada (olvidada)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Skip on purpose…</source>
        <translation>&amp;Saltar a propósito…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Taken now</source>
        <translation>&amp;Tomada ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the &amp;check-in…</source>
        <translation>Responder al c&amp;ontrol…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the check-in</source>
        <translation>Responder al control</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer yesterday&apos;s &amp;check-in…</source>
        <translation>Responder al c&amp;ontrol de ayer…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>As needed: log {medicine} {dose} mg now…</source>
        <translation>Cuando haga falta: anotar {medicine} {dose} mg ahora…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose histor&amp;y</source>
        <translation>&amp;Historial de dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose-change check-in</source>
        <translation>Control por cambio de dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Go to Medicines</source>
        <translation>Ir a Medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Keys on this tab: T taken now, A taken at, S skip, N not taken. Ctrl+Z undoes the last answer.</source>
        <translation>Teclas en esta pestaña: T tomada ahora, A tomada a una hora, S saltar, N no tomada. Ctrl+Z deshace la última respuesta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Log an as-needed dose of {medicine}</source>
        <translation>Anotar una dosis de {medicine} cuando haga falta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Logged {dose}. {today} Undo (Ctrl+Z) takes it back.</source>
        <translation>Anotado: {dose}. {today} Deshacer (Ctrl+Z) lo retira.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Not listed today: {times}. That time was added after it had passed today, so it was never reminded; it is listed from the next time it comes. If a dose was given then, the dose history can be used to record it.</source>
        <translation>No aparece hoy: {times}. Esa hora se añadió cuando ya había pasado hoy, así que nunca se recordó; aparece a partir de la próxima vez que llegue. Si se dio una dosis a esa hora, se puede anotar en el historial de dosis.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Not taken, missed</source>
        <translation>No tomada, olvidada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing was logged for {medicine}.</source>
        <translation>No se anotó nada de {medicine}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing yet — no medicines for {name}. Add a medicine and when it is taken on the Medicines page, and today&apos;s doses will appear here.</source>
        <translation>Todavía nada: no hay medicamentos para {name}. Añada un medicamento y cuándo se toma en la página Medicamentos, y las dosis de hoy aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Recorded {doses} as {answer}. Undo (Ctrl+Z) takes the answer back.</source>
        <translation>Anotado: {doses}, {answer}. Deshacer (Ctrl+Z) retira la respuesta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Skip on purpose</source>
        <translation>Saltar a propósito</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>T: taken now. A: taken at a time. S: skip on purpose. N: not taken.</source>
        <translation>T: tomada ahora. A: tomada a una hora. S: saltar a propósito. N: no tomada.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken &amp;at…</source>
        <translation>Tomada a &amp;las…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken at</source>
        <translation>Tomada a una hora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken now</source>
        <translation>Tomada ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose is not given, on purpose; you can say why (S)</source>
        <translation>La dosis elegida no se da, a propósito; puede decir por qué (S)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was not taken: forgotten or missed (N)</source>
        <translation>La dosis elegida no se tomó: se olvidó o se pasó (N)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken at a time you give (A)</source>
        <translation>La dosis elegida se tomó a la hora que usted diga (A)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken just now (T)</source>
        <translation>La dosis elegida se acaba de tomar (T)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Times not listed today</source>
        <translation>Horas que no aparecen hoy</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Today or dose history</source>
        <translation>Hoy o historial de dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s &amp;doses</source>
        <translation>&amp;Dosis de hoy</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s doses</source>
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose</source>
        <translation>Primera dosis de mañana</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose: {day} {time} — {medicine} {dose}</source>
        <translation>Primera dosis de mañana: {day} {time} — {medicine} {dose}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Yesterday&apos;s check-in was not answered ({checkin}): you can still answer it today.</source>
        <translation>El control de ayer no se respondió ({checkin}): todavía puede responderlo hoy.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>log {dose}</source>
        <translation>anotar {dose}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>not taken</source>
        <translation>no tomada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at</source>
        <translation>tomada a una hora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at {time}</source>
        <translation>tomada a las {time}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>taken now</source>
        <translation>tomada ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{answer}: {doses}</source>
        <translation>{answer}: {doses}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today.</source>
        <translation>{checkin} — respondido hoy.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today; danger sign recorded: {signs}.</source>
        <translation>{checkin} — respondido hoy; señal de peligro anotada: {signs}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — waiting for an answer.</source>
        <translation>{checkin} — esperando respuesta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} as needed today</source>
        <translation>{medicine} cuando haga falta, hoy</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} at {time}</source>
        <translation>{medicine} a las {time}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} (due {time})</source>
        <translation>{medicine} {dose} (de las {time})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at now (as needed)</source>
        <translation>{medicine} {dose} mg ahora (cuando haga falta)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at {time} (as needed)</source>
        <translation>{medicine} {dose} mg a las {time} (cuando haga falta)</translation>
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
</TS>
