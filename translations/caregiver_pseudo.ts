<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
            <numerusform>⟦%n ŕéçóŕđ íñ ŧĥé đáŧá fíłé íš đámáğéđ áñđ łéfŧ óúŧ; évéŕýŧĥíñğ éłšé íš šĥóŵñ áñđ ŕémíñđéđ áš úšúáł.

{records}

Ŧĥé çómmáñđ &apos;çáŕéğívéŕ-ápp çĥéçķ&apos; łíšŧš ŧĥém áłł. Á báçķúp fŕóm béfóŕé ŧĥé đámáğé (Fíłé &gt; Ŕéšŧóŕé fŕóm báçķúp…) bŕíñğš ŧĥém báçķ.·······································································⟧</numerusform>
            <numerusform>⟦%n ŕéçóŕđš íñ ŧĥé đáŧá fíłé áŕé đámáğéđ áñđ łéfŧ óúŧ; évéŕýŧĥíñğ éłšé íš šĥóŵñ áñđ ŕémíñđéđ áš úšúáł.

{records}

Ŧĥé çómmáñđ &apos;çáŕéğívéŕ-ápp çĥéçķ&apos; łíšŧš ŧĥém áłł. Á báçķúp fŕóm béfóŕé ŧĥé đámáğé (Fíłé &gt; Ŕéšŧóŕé fŕóm báçķúp…) bŕíñğš ŧĥém báçķ.········································································⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Already running</source>
        <translation>⟦Áłŕéáđý ŕúññíñğ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Cannot open your data</source>
        <translation>⟦Çáññóŧ ópéñ ýóúŕ đáŧá·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Cannot use the data folder</source>
        <translation>⟦Çáññóŧ úšé ŧĥé đáŧá fółđéŕ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is already running; its window was brought forward.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ íš áłŕéáđý ŕúññíñğ; íŧš ŵíñđóŵ ŵáš bŕóúğĥŧ fóŕŵáŕđ.························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is still running</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ íš šŧíłł ŕúññíñğ·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant keeps running in the system tray so that reminders still come. Click its icon to open it again; use Quit in its menu (or Ctrl+Q) to stop it.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ ķéépš ŕúññíñğ íñ ŧĥé šýšŧém ŧŕáý šó ŧĥáŧ ŕémíñđéŕš šŧíłł çómé. Çłíçķ íŧš íçóñ ŧó ópéñ íŧ áğáíñ; úšé Qúíŧ íñ íŧš méñú (óŕ Çŧŕł+Q) ŧó šŧóp íŧ.··················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant seems to be running already but does not answer. If it is stuck, end it and start again.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ šéémš ŧó bé ŕúññíñğ áłŕéáđý búŧ đóéš ñóŧ áñšŵéŕ. Íf íŧ íš šŧúçķ, éñđ íŧ áñđ šŧáŕŧ áğáíñ.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Could not change the start-at-login setting: {error}</source>
        <translation>⟦Çóúłđ ñóŧ çĥáñğé ŧĥé šŧáŕŧ-áŧ-łóğíñ šéŧŧíñğ: {error}··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Damaged file kept</source>
        <translation>⟦Đámáğéđ fíłé ķépŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Data from a newer version</source>
        <translation>⟦Đáŧá fŕóm á ñéŵéŕ véŕšíóñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Keep running</source>
        <translation>⟦Ķéép ŕúññíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit</source>
        <translation>⟦Qúíŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit Caregiver Assistant?</source>
        <translation>⟦Qúíŧ Çáŕéğívéŕ Áššíšŧáñŧ?·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit, reminders stop</source>
        <translation>⟦Qúíŧ, ŕémíñđéŕš šŧóp·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quitting stops the app: no dose reminders come until you start it again.</source>
        <translation>⟦Qúíŧŧíñğ šŧópš ŧĥé ápp: ñó đóšé ŕémíñđéŕš çómé úñŧíł ýóú šŧáŕŧ íŧ áğáíñ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Reminders keep coming. Open it again from the icon in the system tray; choose Quit there to stop it.</source>
        <translation>⟦Ŕémíñđéŕš ķéép çómíñğ. Ópéñ íŧ áğáíñ fŕóm ŧĥé íçóñ íñ ŧĥé šýšŧém ŧŕáý; çĥóóšé Qúíŧ ŧĥéŕé ŧó šŧóp íŧ.································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Reminders paused until {time}</source>
        <translation>⟦Ŕémíñđéŕš páúšéđ úñŧíł {time}········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Some records could not be read</source>
        <translation>⟦Šómé ŕéçóŕđš çóúłđ ñóŧ bé ŕéáđ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Start a fresh data file</source>
        <translation>⟦Šŧáŕŧ á fŕéšĥ đáŧá fíłé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Start at login</source>
        <translation>⟦Šŧáŕŧ áŧ łóğíñ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Still running in the tray</source>
        <translation>⟦Šŧíłł ŕúññíñğ íñ ŧĥé ŧŕáý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>The damaged file was kept as:
{path}</source>
        <translation>⟦Ŧĥé đámáğéđ fíłé ŵáš ķépŧ áš:
{path}·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>The data folder {folder} is read-only, so your data cannot be opened ({reason}). Nothing was changed. Make the folder writable and start again.</source>
        <translation>⟦Ŧĥé đáŧá fółđéŕ {folder} íš ŕéáđ-óñłý, šó ýóúŕ đáŧá çáññóŧ bé ópéñéđ ({reason}). Ñóŧĥíñğ ŵáš çĥáñğéđ. Máķé ŧĥé fółđéŕ ŵŕíŧábłé áñđ šŧáŕŧ áğáíñ.·······································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>This computer has no system tray, so closing the window quits the app and reminders stop until you start it again.</source>
        <translation>⟦Ŧĥíš çómpúŧéŕ ĥáš ñó šýšŧém ŧŕáý, šó çłóšíñğ ŧĥé ŵíñđóŵ qúíŧš ŧĥé ápp áñđ ŕémíñđéŕš šŧóp úñŧíł ýóú šŧáŕŧ íŧ áğáíñ.·····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Your data file cannot be read</source>
        <translation>⟦Ýóúŕ đáŧá fíłé çáññóŧ bé ŕéáđ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>{problem}

You can start again with a fresh, empty data file. The damaged file is kept beside it (renamed), so it can still be rescued later.</source>
        <translation>⟦{problem}

Ýóú çáñ šŧáŕŧ áğáíñ ŵíŧĥ á fŕéšĥ, émpŧý đáŧá fíłé. Ŧĥé đámáğéđ fíłé íš ķépŧ béšíđé íŧ (ŕéñáméđ), šó íŧ çáñ šŧíłł bé ŕéšçúéđ łáŧéŕ.········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>• … and {count} more</source>
        <translation>⟦• … áñđ {count} móŕé···⟧</translation>
    </message>
</context>
<context>
    <name>reports.charts</name>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Baclofen taken, mg a day (right axis)</source>
        <translation>⟦Báçłóféñ ŧáķéñ, mğ á đáý (ŕíğĥŧ áxíš)···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Baclofen taken: {first} mg on {first_day}, {last} mg on {last_day}.</source>
        <translation>⟦Báçłóféñ ŧáķéñ: {first} mğ óñ {first_day}, {last} mğ óñ {last_day}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Check-in answered</source>
        <translation>⟦Çĥéçķ-íñ áñšŵéŕéđ······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Check-ins answered on %n day(s).</source>
        <extracomment>English singular: Check-ins answered on %n day(s).</extracomment>
        <translation>
            <numerusform>⟦Çĥéçķ-íñš áñšŵéŕéđ óñ %n đáý(š).·········⟧</numerusform>
            <numerusform>⟦Çĥéçķ-íñš áñšŵéŕéđ óñ %n đáý(š).·········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Danger sign recorded</source>
        <translation>⟦Đáñğéŕ šíğñ ŕéçóŕđéđ·······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Danger signs recorded on %n day(s).</source>
        <extracomment>English singular: Danger signs recorded on %n day(s).</extracomment>
        <translation>
            <numerusform>⟦Đáñğéŕ šíğñš ŕéçóŕđéđ óñ %n đáý(š).··········⟧</numerusform>
            <numerusform>⟦Đáñğéŕ šíğñš ŕéçóŕđéđ óñ %n đáý(š).··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Dose change: check-ins began</source>
        <translation>⟦Đóšé çĥáñğé: çĥéçķ-íñš béğáñ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Dose changes that began check-ins: {days}.</source>
        <translation>⟦Đóšé çĥáñğéš ŧĥáŧ béğáñ çĥéçķ-íñš: {days}.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>No scores recorded in this time.
Add diary entries to see them here.</source>
        <translation>⟦Ñó šçóŕéš ŕéçóŕđéđ íñ ŧĥíš ŧímé.
Áđđ đíáŕý éñŧŕíéš ŧó šéé ŧĥém ĥéŕé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>No {score} scores recorded in this time.</source>
        <translation>⟦Ñó {score} šçóŕéš ŕéçóŕđéđ íñ ŧĥíš ŧímé.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: taper and titration plan steps</source>
        <translation>⟦Šĥáđéđ: ŧápéŕ áñđ ŧíŧŕáŧíóñ płáñ šŧépš·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: taper plan steps</source>
        <translation>⟦Šĥáđéđ: ŧápéŕ płáñ šŧépš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: titration plan steps</source>
        <translation>⟦Šĥáđéđ: ŧíŧŕáŧíóñ płáñ šŧépš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: {kinds} plan steps</source>
        <translation>⟦Šĥáđéđ: {kinds} płáñ šŧépš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>daily average</source>
        <translation>⟦đáíłý ávéŕáğé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>date</source>
        <translation>⟦đáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>day {day}</source>
        <translation>⟦đáý {day}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>mg a day</source>
        <translation>⟦mğ á đáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>month of {day}</source>
        <translation>⟦móñŧĥ óf {day}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>monthly average</source>
        <translation>⟦móñŧĥłý ávéŕáğé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>week of {day}</source>
        <translation>⟦ŵééķ óf {day}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>weekly average</source>
        <translation>⟦ŵééķłý ávéŕáğé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{first} to {last}.</source>
        <translation>⟦{first} ŧó {last}.·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{mg} mg/day</source>
        <translation>⟦{mg} mğ/đáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score} ({average}, left axis)</source>
        <translation>⟦{score} ({average}, łéfŧ áxíš)···⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.</source>
        <extracomment>English singular: {score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.</extracomment>
        <translation>
            <numerusform>⟦{score}, {average}: {first} ({first_when}) ŧó {last} ({last_when}), fŕóm %n éñŧŕíéš.·····⟧</numerusform>
            <numerusform>⟦{score}, {average}: {first} ({first_when}) ŧó {last} ({last_when}), fŕóm %n éñŧŕíéš.·····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}: {average}</source>
        <translation>⟦{score}: {average}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}: {average} — {person}</source>
        <translation>⟦{score}: {average} — {person}·⟧</translation>
    </message>
</context>
<context>
    <name>reports.document</name>
    <message>
        <location filename="../src/caregiver_app/reports/document.py"/>
        <source>Appointment summary {person} {day}</source>
        <translation>⟦Áppóíñŧméñŧ šúmmáŕý {person} {day}·······⟧</translation>
    </message>
</context>
<context>
    <name>reports.pdf</name>
    <message>
        <location filename="../src/caregiver_app/reports/pdf.py"/>
        <source>Could not save the PDF</source>
        <translation>⟦Çóúłđ ñóŧ šávé ŧĥé PĐF·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/pdf.py"/>
        <source>The PDF could not be saved as
{file}

{reason}. Choose another folder, or check there is space on the disk.</source>
        <translation>⟦Ŧĥé PĐF çóúłđ ñóŧ bé šávéđ áš
{file}

{reason}. Çĥóóšé áñóŧĥéŕ fółđéŕ, óŕ çĥéçķ ŧĥéŕé íš špáçé óñ ŧĥé đíšķ.····························⟧</translation>
    </message>
</context>
<context>
    <name>reports.summary</name>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>% taken</source>
        <translation>⟦% ŧáķéñ··⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>%n diary entries in the period. Scores, first half of the period against the second:</source>
        <extracomment>English singular: %n diary entry in the period. Scores, first half of the period against the second:</extracomment>
        <translation>
            <numerusform>⟦%n đíáŕý éñŧŕý íñ ŧĥé péŕíóđ. Šçóŕéš, fíŕšŧ ĥáłf óf ŧĥé péŕíóđ áğáíñšŧ ŧĥé šéçóñđ:·························⟧</numerusform>
            <numerusform>⟦%n đíáŕý éñŧŕíéš íñ ŧĥé péŕíóđ. Šçóŕéš, fíŕšŧ ĥáłf óf ŧĥé péŕíóđ áğáíñšŧ ŧĥé šéçóñđ:··························⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>(none written)</source>
        <translation>⟦(ñóñé ŵŕíŧŧéñ)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>A pump date passed</source>
        <translation>⟦Á púmp đáŧé páššéđ······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Above the label&apos;s {limit} mg a day on %n days:</source>
        <extracomment>English singular: Above the label&apos;s {limit} mg a day on %n day:</extracomment>
        <translation>
            <numerusform>⟦Ábóvé ŧĥé łábéł&apos;š {limit} mğ á đáý óñ %n đáý:··········⟧</numerusform>
            <numerusform>⟦Ábóvé ŧĥé łábéł&apos;š {limit} mğ á đáý óñ %n đáýš:··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>After a change of dose, missed doses, running out or a pump event, the app asks a short daily check-in about the signs to look out for. “Before” is the average spasticity (0–10) recorded in the week before the change, “during” the average in the check-in days; — means none was recorded.</source>
        <translation>⟦Áfŧéŕ á çĥáñğé óf đóšé, míššéđ đóšéš, ŕúññíñğ óúŧ óŕ á púmp évéñŧ, ŧĥé ápp ášķš á šĥóŕŧ đáíłý çĥéçķ-íñ ábóúŧ ŧĥé šíğñš ŧó łóóķ óúŧ fóŕ. “Béfóŕé” íš ŧĥé ávéŕáğé špášŧíçíŧý (0–10) ŕéçóŕđéđ íñ ŧĥé ŵééķ béfóŕé ŧĥé çĥáñğé, “đúŕíñğ” ŧĥé ávéŕáğé íñ ŧĥé çĥéçķ-íñ đáýš; — méáñš ñóñé ŵáš ŕéçóŕđéđ.······················································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Answered</source>
        <translation>⟦Áñšŵéŕéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Appointment summary: {person}</source>
        <translation>⟦Áppóíñŧméñŧ šúmmáŕý: {person}·······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>As needed: {taken} taken on %n days</source>
        <extracomment>English singular: As needed: {taken} taken on %n day</extracomment>
        <translation>
            <numerusform>⟦Áš ñééđéđ: {taken} ŧáķéñ óñ %n đáý·······⟧</numerusform>
            <numerusform>⟦Áš ñééđéđ: {taken} ŧáķéñ óñ %n đáýš········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Asked</source>
        <translation>⟦Ášķéđ··⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Baclofen by mouth recorded on %n days: {average} mg a day on average, at most {most} mg in one day.</source>
        <extracomment>English singular: Baclofen by mouth recorded on %n day: {average} mg a day on average, at most {most} mg in one day.</extracomment>
        <translation>
            <numerusform>⟦Báçłóféñ bý móúŧĥ ŕéçóŕđéđ óñ %n đáý: {average} mğ á đáý óñ ávéŕáğé, áŧ móšŧ {most} mğ íñ óñé đáý.························⟧</numerusform>
            <numerusform>⟦Báçłóféñ bý móúŧĥ ŕéçóŕđéđ óñ %n đáýš: {average} mğ á đáý óñ ávéŕáğé, áŧ móšŧ {most} mğ íñ óñé đáý.························⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Change</source>
        <translation>⟦Çĥáñğé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Change and its check-in days</source>
        <translation>⟦Çĥáñğé áñđ íŧš çĥéçķ-íñ đáýš·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Danger signs at check-ins</source>
        <translation>⟦Đáñğéŕ šíğñš áŧ çĥéçķ-íñš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Danger signs recorded</source>
        <translation>⟦Đáñğéŕ šíğñš ŕéçóŕđéđ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Date of birth: {day}</source>
        <translation>⟦Đáŧé óf bíŕŧĥ: {day}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose changes and check-ins</source>
        <translation>⟦Đóšé çĥáñğéš áñđ çĥéçķ-íñš·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose lowered</source>
        <translation>⟦Đóšé łóŵéŕéđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose plan</source>
        <translation>⟦Đóšé płáñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose raised</source>
        <translation>⟦Đóšé ŕáíšéđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose watch</source>
        <translation>⟦Đóšé ŵáŧçĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Doses</source>
        <translation>⟦Đóšéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Doses missed</source>
        <translation>⟦Đóšéš míššéđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Entries</source>
        <translation>⟦Éñŧŕíéš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>From {day} to today is {days} days; a summary covers at most {most} ({why}). Choose a later first day.</source>
        <translation>⟦Fŕóm {day} ŧó ŧóđáý íš {days} đáýš; á šúmmáŕý çóvéŕš áŧ móšŧ {most} ({why}). Çĥóóšé á łáŧéŕ fíŕšŧ đáý.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Kidney function reduced (recorded in the app)</source>
        <translation>⟦Ķíđñéý fúñçŧíóñ ŕéđúçéđ (ŕéçóŕđéđ íñ ŧĥé ápp)···············⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last %n days</source>
        <extracomment>English singular: Last %n day</extracomment>
        <translation>
            <numerusform>⟦Łášŧ %n đáý···⟧</numerusform>
            <numerusform>⟦Łášŧ %n đáýš···⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 30 days</source>
        <translation>⟦Łášŧ 30 đáýš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 60 days</source>
        <translation>⟦Łášŧ 60 đáýš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 90 days</source>
        <translation>⟦Łášŧ 90 đáýš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Left out as advised</source>
        <translation>⟦Łéfŧ óúŧ áš áđvíšéđ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Made on {day} at {time}</source>
        <translation>⟦Máđé óñ {day} áŧ {time}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Medicine and how it is taken</source>
        <translation>⟦Méđíçíñé áñđ ĥóŵ íŧ íš ŧáķéñ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Medicines and doses</source>
        <translation>⟦Méđíçíñéš áñđ đóšéš·······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No baclofen by mouth recorded on %n days:</source>
        <extracomment>English singular: No baclofen by mouth recorded on %n day:</extracomment>
        <translation>
            <numerusform>⟦Ñó báçłóféñ bý móúŧĥ ŕéçóŕđéđ óñ %n đáý:············⟧</numerusform>
            <numerusform>⟦Ñó báçłóféñ bý móúŧĥ ŕéçóŕđéđ óñ %n đáýš:············⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No diary entries in the period.</source>
        <translation>⟦Ñó đíáŕý éñŧŕíéš íñ ŧĥé péŕíóđ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No dose changes with check-ins in the period.</source>
        <translation>⟦Ñó đóšé çĥáñğéš ŵíŧĥ çĥéçķ-íñš íñ ŧĥé péŕíóđ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No medicines recorded.</source>
        <translation>⟦Ñó méđíçíñéš ŕéçóŕđéđ.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No schedule</source>
        <translation>⟦Ñó šçĥéđúłé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No titration or taper plan recorded.</source>
        <translation>⟦Ñó ŧíŧŕáŧíóñ óŕ ŧápéŕ płáñ ŕéçóŕđéđ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>None recorded.</source>
        <translation>⟦Ñóñé ŕéçóŕđéđ.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Not taken or no answer</source>
        <translation>⟦Ñóŧ ŧáķéñ óŕ ñó áñšŵéŕ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Other: {text}</source>
        <translation>⟦Óŧĥéŕ: {text}··⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Over the daily limit on %n days.</source>
        <extracomment>English singular: Over the daily limit on %n day.</extracomment>
        <translation>
            <numerusform>⟦Óvéŕ ŧĥé đáíłý łímíŧ óñ %n đáý.·········⟧</numerusform>
            <numerusform>⟦Óvéŕ ŧĥé đáíłý łímíŧ óñ %n đáýš.·········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Period: {start} to {end}</source>
        <translation>⟦Péŕíóđ: {start} ŧó {end}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Plan</source>
        <translation>⟦Płáñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Please check:</source>
        <translation>⟦Płéášé çĥéçķ:····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Please note:</source>
        <translation>⟦Płéášé ñóŧé:····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Prescriber: {name}</source>
        <translation>⟦Pŕéšçŕíbéŕ: {name}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Pump (no doses to remind)</source>
        <translation>⟦Púmp (ñó đóšéš ŧó ŕémíñđ)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Pump refilled</source>
        <translation>⟦Púmp ŕéfíłłéđ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Questions for the doctor or nurse</source>
        <translation>⟦Qúéšŧíóñš fóŕ ŧĥé đóçŧóŕ óŕ ñúŕšé···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Recorded by the person or their carer in Caregiver Assistant. It shows what was written down; it is not a medical assessment.</source>
        <translation>⟦Ŕéçóŕđéđ bý ŧĥé péŕšóñ óŕ ŧĥéíŕ çáŕéŕ íñ Çáŕéğívéŕ Áššíšŧáñŧ. Íŧ šĥóŵš ŵĥáŧ ŵáš ŵŕíŧŧéñ đóŵñ; íŧ íš ñóŧ á méđíçáł áššéššméñŧ.········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Score</source>
        <translation>⟦Šçóŕé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Side effects noted</source>
        <translation>⟦Šíđé éfféçŧš ñóŧéđ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Side effects: {effects}</source>
        <translation>⟦Šíđé éfféçŧš: {effects}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Skipped</source>
        <translation>⟦Šķíppéđ···⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Sooner than the minimum time %n times.</source>
        <extracomment>English singular: Sooner than the minimum time %n time.</extracomment>
        <translation>
            <numerusform>⟦Šóóñéŕ ŧĥáñ ŧĥé míñímúm ŧímé %n ŧímé.···········⟧</numerusform>
            <numerusform>⟦Šóóñéŕ ŧĥáñ ŧĥé míñímúm ŧímé %n ŧíméš.············⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Spasticity before → during</source>
        <translation>⟦Špášŧíçíŧý béfóŕé → đúŕíñğ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Stock ran out</source>
        <translation>⟦Šŧóçķ ŕáñ óúŧ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Symptom diary</source>
        <translation>⟦Šýmpŧóm đíáŕý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Taken</source>
        <translation>⟦Ŧáķéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Taken, skipped and not taken are what was recorded. “Left out as advised” are missed doses left out because the next dose was less than 2 hours away (the missed-dose rule); they are not counted against the % taken. “No answer” counts the doses of the current schedules, since they were set, that nobody answered.</source>
        <translation>⟦Ŧáķéñ, šķíppéđ áñđ ñóŧ ŧáķéñ áŕé ŵĥáŧ ŵáš ŕéçóŕđéđ. “Łéfŧ óúŧ áš áđvíšéđ” áŕé míššéđ đóšéš łéfŧ óúŧ béçáúšé ŧĥé ñéxŧ đóšé ŵáš łéšš ŧĥáñ 2 ĥóúŕš áŵáý (ŧĥé míššéđ-đóšé ŕúłé); ŧĥéý áŕé ñóŧ çóúñŧéđ áğáíñšŧ ŧĥé % ŧáķéñ. “Ñó áñšŵéŕ” çóúñŧš ŧĥé đóšéš óf ŧĥé çúŕŕéñŧ šçĥéđúłéš, šíñçé ŧĥéý ŵéŕé šéŧ, ŧĥáŧ ñóbóđý áñšŵéŕéđ.·································································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>That person is not in this data folder.</source>
        <translation>⟦Ŧĥáŧ péŕšóñ íš ñóŧ íñ ŧĥíš đáŧá fółđéŕ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The first day ({day}) is after today.</source>
        <translation>⟦Ŧĥé fíŕšŧ đáý ({day}) íš áfŧéŕ ŧóđáý.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The first day must be a date like 2026-05-31, not “{text}”.</source>
        <translation>⟦Ŧĥé fíŕšŧ đáý múšŧ bé á đáŧé łíķé 2026-05-31, ñóŧ “{text}”.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The period can be at most {most} days ({why}).</source>
        <translation>⟦Ŧĥé péŕíóđ çáñ bé áŧ móšŧ {most} đáýš ({why}).··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The period must be between 1 and {most} days ({why}).</source>
        <translation>⟦Ŧĥé péŕíóđ múšŧ bé béŧŵééñ 1 áñđ {most} đáýš ({why}).············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The questions are too long (at most {most} characters).</source>
        <translation>⟦Ŧĥé qúéšŧíóñš áŕé ŧóó łóñğ (áŧ móšŧ {most} çĥáŕáçŧéŕš).···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The start of the period is after its end.</source>
        <translation>⟦Ŧĥé šŧáŕŧ óf ŧĥé péŕíóđ íš áfŧéŕ íŧš éñđ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>a year and a day, so a yearly review fits; the summary is for one appointment — the whole history is in the export</source>
        <translation>⟦á ýéáŕ áñđ á đáý, šó á ýéáŕłý ŕévíéŵ fíŧš; ŧĥé šúmmáŕý íš fóŕ óñé áppóíñŧméñŧ — ŧĥé ŵĥółé ĥíšŧóŕý íš íñ ŧĥé éxpóŕŧ···································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>about the same ({first} then {second} on average)</source>
        <translation>⟦ábóúŧ ŧĥé šámé ({first} ŧĥéñ {second} óñ ávéŕáğé)··········⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>all %n steps done</source>
        <extracomment>English singular: all %n steps done</extracomment>
        <translation>
            <numerusform>⟦áłł %n šŧépš đóñé·····⟧</numerusform>
            <numerusform>⟦áłł %n šŧépš đóñé·····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} in one day</source>
        <translation>⟦áŧ móšŧ {most} íñ óñé đáý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} in one day (limit {limit} a day)</source>
        <translation>⟦áŧ móšŧ {most} íñ óñé đáý (łímíŧ {limit} á đáý)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} mg in one day (limit {limit} mg)</source>
        <translation>⟦áŧ móšŧ {most} mğ íñ óñé đáý (łímíŧ {limit} mğ)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>building up</source>
        <translation>⟦búíłđíñğ úp····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>finished</source>
        <translation>⟦fíñíšĥéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>higher in the second half ({first}, then {second} on average)</source>
        <translation>⟦ĥíğĥéŕ íñ ŧĥé šéçóñđ ĥáłf ({first}, ŧĥéñ {second} óñ ávéŕáğé)··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>lower in the second half ({first}, then {second} on average)</source>
        <translation>⟦łóŵéŕ íñ ŧĥé šéçóñđ ĥáłf ({first}, ŧĥéñ {second} óñ ávéŕáğé)·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>lowering</source>
        <translation>⟦łóŵéŕíñğ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>next {mg} mg a day from {day}</source>
        <translation>⟦ñéxŧ {mg} mğ á đáý fŕóm {day}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>none</source>
        <translation>⟦ñóñé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not asked (only after a rise)</source>
        <translation>⟦ñóŧ ášķéđ (óñłý áfŧéŕ á ŕíšé)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not enough entries to compare</source>
        <translation>⟦ñóŧ éñóúğĥ éñŧŕíéš ŧó çómpáŕé··········⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not started yet, %n steps</source>
        <extracomment>English singular: not started yet, %n step</extracomment>
        <translation>
            <numerusform>⟦ñóŧ šŧáŕŧéđ ýéŧ, %n šŧép·······⟧</numerusform>
            <numerusform>⟦ñóŧ šŧáŕŧéđ ýéŧ, %n šŧépš·······⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>shortest time between two {gap}</source>
        <translation>⟦šĥóŕŧéšŧ ŧímé béŧŵééñ ŧŵó {gap}·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>shortest time between two {gap} (at least {minimum} apart)</source>
        <translation>⟦šĥóŕŧéšŧ ŧímé béŧŵééñ ŧŵó {gap} (áŧ łéášŧ {minimum} ápáŕŧ)··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>step {step} of {steps}</source>
        <translation>⟦šŧép {step} óf {steps}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>then stop</source>
        <translation>⟦ŧĥéñ šŧóp···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>today {mg} mg a day</source>
        <translation>⟦ŧóđáý {mg} mğ á đáý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{answered} ({none} with none of the signs)</source>
        <translation>⟦{answered} ({none} ŵíŧĥ ñóñé óf ŧĥé šíğñš)·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{change} ({day})</source>
        <translation>⟦{change} ({day})·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{days}. Stopping baclofen suddenly can cause withdrawal; if doses were taken but not recorded, the record is incomplete.</source>
        <translation>⟦{days}. Šŧóppíñğ báçłóféñ šúđđéñłý çáñ çáúšé ŵíŧĥđŕáŵáł; íf đóšéš ŵéŕé ŧáķéñ búŧ ñóŧ ŕéçóŕđéđ, ŧĥé ŕéçóŕđ íš íñçómpłéŧé.·····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{first} to {last}</source>
        <translation>⟦{first} ŧó {last}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{first} to {last}. Also: {changes}</source>
        <translation>⟦{first} ŧó {last}. Áłšó: {changes}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{hours} h</source>
        <translation>⟦{hours} ĥ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>⟦{hours} ĥ {minutes} míñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{medicine} (stopped)</source>
        <translation>⟦{medicine} (šŧóppéđ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{minutes} min</source>
        <translation>⟦{minutes} míñ·⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{name}: %n times</source>
        <extracomment>English singular: {name}: %n time</extracomment>
        <translation>
            <numerusform>⟦{name}: %n ŧímé··⟧</numerusform>
            <numerusform>⟦{name}: %n ŧíméš··⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{percent}%</source>
        <translation>⟦{percent}%·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan} ({kind}): {where}</source>
        <translation>⟦{plan} ({kind}): {where}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan} ({kind}, not followed): {where}</source>
        <translation>⟦{plan} ({kind}, ñóŧ fółłóŵéđ): {where}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan}: {warning}</source>
        <translation>⟦{plan}: {warning}·⟧</translation>
    </message>
</context>
<context>
    <name>ui.about</name>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Licence&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Łíçéñçé&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Reporting a problem&lt;/b&gt;&lt;p&gt;Please describe what you did and what happened at {link}. If the app showed an error report, copy it from that window. Attach the log files if you can; never send your data file, which holds health information.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Ŕépóŕŧíñğ á pŕóbłém&lt;/b&gt;&lt;p&gt;Płéášé đéšçŕíbé ŵĥáŧ ýóú đíđ áñđ ŵĥáŧ ĥáppéñéđ áŧ {link}. Íf ŧĥé ápp šĥóŵéđ áñ éŕŕóŕ ŕépóŕŧ, çópý íŧ fŕóm ŧĥáŧ ŵíñđóŵ. Áŧŧáçĥ ŧĥé łóğ fíłéš íf ýóú çáñ; ñévéŕ šéñđ ýóúŕ đáŧá fíłé, ŵĥíçĥ ĥółđš ĥéáłŧĥ íñfóŕmáŧíóñ.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them. They were last reviewed on {date}.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Ŵĥéŕé ŧĥé méđíçáł íñfóŕmáŧíóñ çóméš fŕóm&lt;/b&gt;&lt;p&gt;Ŧĥé íñfóŕmáŧíóñ páğéš áŕé ŵŕíŧŧéñ íñ płáíñ ŵóŕđš fŕóm ŧĥéšé ñáméđ šóúŕçéš, áñđ éáçĥ páğé çíŧéš ŧĥém. Ŧĥéý ŵéŕé łášŧ ŕévíéŵéđ óñ {date}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Ŵĥéŕé ŧĥé méđíçáł íñfóŕmáŧíóñ çóméš fŕóm&lt;/b&gt;&lt;p&gt;Ŧĥé íñfóŕmáŧíóñ páğéš áŕé ŵŕíŧŧéñ íñ płáíñ ŵóŕđš fŕóm ŧĥéšé ñáméđ šóúŕçéš, áñđ éáçĥ páğé çíŧéš ŧĥém.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>About Caregiver Assistant</source>
        <translation>⟦Ábóúŧ Çáŕéğívéŕ Áššíšŧáñŧ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant is free software under the MIT licence. It is built with Qt for Python (PySide6, LGPL v3), APScheduler, platformdirs and tzdata, each under its own licence.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ íš fŕéé šófŧŵáŕé úñđéŕ ŧĥé MÍŦ łíçéñçé. Íŧ íš búíłŧ ŵíŧĥ Qŧ fóŕ Pýŧĥóñ (PýŠíđé6, ŁĞPŁ v3), ÁPŠçĥéđúłéŕ, płáŧfóŕmđíŕš áñđ ŧžđáŧá, éáçĥ úñđéŕ íŧš óŵñ łíçéñçé.························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant version {version}</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ véŕšíóñ {version}··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Dose reminders, a symptom diary and dose plans, kept only on this computer. This app does not give medical advice: talk to your doctor or nurse.</source>
        <translation>⟦Đóšé ŕémíñđéŕš, á šýmpŧóm đíáŕý áñđ đóšé płáñš, ķépŧ óñłý óñ ŧĥíš çómpúŧéŕ. Ŧĥíš ápp đóéš ñóŧ ğívé méđíçáł áđvíçé: ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.··············································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Log files (events and ids, no health data)</source>
        <translation>⟦Łóğ fíłéš (évéñŧš áñđ íđš, ñó ĥéáłŧĥ đáŧá)·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;data folder</source>
        <translation>⟦Ópéñ &amp;dáŧá fółđéŕ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;log folder</source>
        <translation>⟦Ópéñ &amp;lóğ fółđéŕ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Show the &amp;sources page</source>
        <translation>⟦Šĥóŵ ŧĥé &amp;sóúŕçéš páğé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Your data folder</source>
        <translation>⟦Ýóúŕ đáŧá fółđéŕ······⟧</translation>
    </message>
</context>
<context>
    <name>ui.charts</name>
    <message>
        <location filename="../src/caregiver_app/ui/charts.py"/>
        <source>Diary chart</source>
        <translation>⟦Đíáŕý çĥáŕŧ····⟧</translation>
    </message>
</context>
<context>
    <name>ui.error_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Copy report</source>
        <translation>⟦Çópý ŕépóŕŧ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Error report</source>
        <translation>⟦Éŕŕóŕ ŕépóŕŧ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something unexpected went wrong. Your saved data is safe and the app keeps running.
If it happens again, copy this report and send it to whoever supports the app. It holds no health data.</source>
        <translation>⟦Šóméŧĥíñğ úñéxpéçŧéđ ŵéñŧ ŵŕóñğ. Ýóúŕ šávéđ đáŧá íš šáfé áñđ ŧĥé ápp ķéépš ŕúññíñğ.
Íf íŧ ĥáppéñš áğáíñ, çópý ŧĥíš ŕépóŕŧ áñđ šéñđ íŧ ŧó ŵĥóévéŕ šúppóŕŧš ŧĥé ápp. Íŧ ĥółđš ñó ĥéáłŧĥ đáŧá.····························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something went wrong</source>
        <translation>⟦Šóméŧĥíñğ ŵéñŧ ŵŕóñğ·······⟧</translation>
    </message>
</context>
<context>
    <name>ui.forms</name>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Calendar</source>
        <translation>⟦Çáłéñđáŕ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Calendar: arrows move, Enter chooses, Escape closes</source>
        <translation>⟦Çáłéñđáŕ: áŕŕóŵš móvé, Éñŧéŕ çĥóóšéš, Éšçápé çłóšéš·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Choose the date on a calendar</source>
        <translation>⟦Çĥóóšé ŧĥé đáŧé óñ á çáłéñđáŕ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example}</source>
        <translation>⟦é.ğ. {example}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} (optional)</source>
        <translation>⟦é.ğ. {example} (ópŧíóñáł)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950</source>
        <translation>⟦é.ğ. {example} óŕ júšŧ ŧĥé ýéáŕ, 1950······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950 (optional)</source>
        <translation>⟦é.ğ. {example} óŕ júšŧ ŧĥé ýéáŕ, 1950 (ópŧíóñáł)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>not recorded. Type {keys} to choose; Delete clears.</source>
        <translation>⟦ñóŧ ŕéçóŕđéđ. Ŧýpé {keys} ŧó çĥóóšé; Đéłéŧé çłéáŕš.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>{name}: choose on a calendar</source>
        <translation>⟦{name}: çĥóóšé óñ á çáłéñđáŕ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>{value}: {meaning}. Type {keys} to choose; Delete clears.</source>
        <translation>⟦{value}: {meaning}. Ŧýpé {keys} ŧó çĥóóšé; Đéłéŧé çłéáŕš.··········⟧</translation>
    </message>
</context>
<context>
    <name>ui.history</name>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Answer</source>
        <translation>⟦&amp;Añšŵéŕ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Between</source>
        <translation>⟦&amp;Béŧŵééñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Dose</source>
        <translation>⟦&amp;Dóšé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Medicine:</source>
        <translation>⟦&amp;Méđíçíñé:···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Note</source>
        <translation>⟦&amp;Nóŧé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Reason</source>
        <translation>⟦&amp;Réášóñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;When taken</source>
        <translation>⟦&amp;Wĥéñ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>All medicines</source>
        <translation>⟦Áłł méđíçíñéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Answer</source>
        <translation>⟦Áñšŵéŕ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct a dose record</source>
        <translation>⟦Çóŕŕéçŧ á đóšé ŕéçóŕđ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct the selected record</source>
        <translation>⟦Çóŕŕéçŧ ŧĥé šéłéçŧéđ ŕéçóŕđ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct this &amp;record…</source>
        <translation>⟦Çóŕŕéçŧ ŧĥíš &amp;réçóŕđ…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correction</source>
        <translation>⟦Çóŕŕéçŧíóñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Date taken</source>
        <translation>⟦Đáŧé ŧáķéñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose (mg)</source>
        <translation>⟦Đóšé (mğ)··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose history</source>
        <translation>⟦Đóšé ĥíšŧóŕý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose in mg</source>
        <translation>⟦Đóšé íñ mğ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Due</source>
        <translation>⟦Đúé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Filter by medicine</source>
        <translation>⟦Fíłŧéŕ bý méđíçíñé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>From date</source>
        <translation>⟦Fŕóm đáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Medicine</source>
        <translation>⟦Méđíçíñé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Note</source>
        <translation>⟦Ñóŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Please say why this answer is withdrawn (the reason is kept with it).</source>
        <translation>⟦Płéášé šáý ŵĥý ŧĥíš áñšŵéŕ íš ŵíŧĥđŕáŵñ (ŧĥé ŕéášóñ íš ķépŧ ŵíŧĥ íŧ).······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Reason for the correction</source>
        <translation>⟦Ŕéášóñ fóŕ ŧĥé çóŕŕéçŧíóñ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Show replaced &amp;versions</source>
        <translation>⟦Šĥóŵ ŕépłáçéđ &amp;véŕšíóñš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Show replaced versions</source>
        <translation>⟦Šĥóŵ ŕépłáçéđ véŕšíóñš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>The original record is kept, marked as replaced, so the history stays trustworthy.</source>
        <translation>⟦Ŧĥé óŕíğíñáł ŕéçóŕđ íš ķépŧ, máŕķéđ áš ŕépłáçéđ, šó ŧĥé ĥíšŧóŕý šŧáýš ŧŕúšŧŵóŕŧĥý.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Time taken</source>
        <translation>⟦Ŧímé ŧáķéñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>To date</source>
        <translation>⟦Ŧó đáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>When</source>
        <translation>⟦Ŵĥéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Why is this being corrected? (required)</source>
        <translation>⟦Ŵĥý íš ŧĥíš béíñğ çóŕŕéçŧéđ? (ŕéqúíŕéđ)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>a&amp;nd</source>
        <translation>⟦á&amp;nđ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>corrected: {reason}</source>
        <translation>⟦çóŕŕéçŧéđ: {reason}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>no answer yet (withdraw this answer)</source>
        <translation>⟦ñó áñšŵéŕ ýéŧ (ŵíŧĥđŕáŵ ŧĥíš áñšŵéŕ)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>not taken</source>
        <translation>⟦ñóŧ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>skipped</source>
        <translation>⟦šķíppéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>taken</source>
        <translation>⟦ŧáķéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>withdrawn: {reason}</source>
        <translation>⟦ŵíŧĥđŕáŵñ: {reason}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>{answer} (replaced)</source>
        <translation>⟦{answer} (ŕépłáçéđ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>{answer} — withdrawn (no answer now)</source>
        <translation>⟦{answer} — ŵíŧĥđŕáŵñ (ñó áñšŵéŕ ñóŵ)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>“No answer yet” withdraws a wrong answer: it stays in the history, marked withdrawn, and the dose can be answered again.</source>
        <translation>⟦“Ñó áñšŵéŕ ýéŧ” ŵíŧĥđŕáŵš á ŵŕóñğ áñšŵéŕ: íŧ šŧáýš íñ ŧĥé ĥíšŧóŕý, máŕķéđ ŵíŧĥđŕáŵñ, áñđ ŧĥé đóšé çáñ bé áñšŵéŕéđ áğáíñ.······································⟧</translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;About Caregiver Assistant</source>
        <translation>⟦&amp;Abóúŧ Çáŕéğívéŕ Áššíšŧáñŧ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Add a person…</source>
        <translation>⟦&amp;Ađđ á péŕšóñ…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Back up now…</source>
        <translation>⟦&amp;Báçķ úp ñóŵ…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Caring for:</source>
        <translation>⟦&amp;Cáŕíñğ fóŕ:···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Close window</source>
        <translation>⟦&amp;Cłóšé ŵíñđóŵ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>⟦&amp;Eđíŧ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit this person…</source>
        <translation>⟦&amp;Eđíŧ ŧĥíš péŕšóñ…·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Emergency signs</source>
        <translation>⟦&amp;Eméŕğéñçý šíğñš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>⟦&amp;Fíłé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Go</source>
        <translation>⟦&amp;Gó·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>⟦&amp;Héłp·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Manage people…</source>
        <translation>⟦&amp;Máñáğé péópłé…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;People</source>
        <translation>⟦&amp;Péópłé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Quit (reminders stop)…</source>
        <translation>⟦&amp;Qúíŧ (ŕémíñđéŕš šŧóp)…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>⟦&amp;Réđó·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Restore from backup…</source>
        <translation>⟦&amp;Réšŧóŕé fŕóm báçķúp…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>⟦&amp;Séŧŧíñğš…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>⟦&amp;Uñđó·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Using this app (the guide)</source>
        <translation>⟦&amp;Ušíñğ ŧĥíš ápp (ŧĥé ğúíđé)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Caregiver Assistant — {name}</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ — {name}·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Diary</source>
        <translation>⟦Đíáŕý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Emergency signs</source>
        <translation>⟦Éméŕğéñçý šíğñš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Go back to one of the automatic backups</source>
        <translation>⟦Ğó báçķ ŧó óñé óf ŧĥé áúŧómáŧíç báçķúpš·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>How each page works, with pictures</source>
        <translation>⟦Ĥóŵ éáçĥ páğé ŵóŕķš, ŵíŧĥ píçŧúŕéš···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Information</source>
        <translation>⟦Íñfóŕmáŧíóñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Manage people cared for</source>
        <translation>⟦Máñáğé péópłé çáŕéđ fóŕ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Medicines</source>
        <translation>⟦Méđíçíñéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Menu</source>
        <translation>⟦Méñú··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Pages</source>
        <translation>⟦Páğéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>People…</source>
        <translation>⟦Péópłé…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Person cared for</source>
        <translation>⟦Péŕšóñ çáŕéđ fóŕ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Plans</source>
        <translation>⟦Płáñš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Reminder status</source>
        <translation>⟦Ŕémíñđéŕ šŧáŧúš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Reports</source>
        <translation>⟦Ŕépóŕŧš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Save a checked copy of all your data to a file you choose</source>
        <translation>⟦Šávé á çĥéçķéđ çópý óf áłł ýóúŕ đáŧá ŧó á fíłé ýóú çĥóóšé··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Switch between the people you look after</source>
        <translation>⟦Šŵíŧçĥ béŧŵééñ ŧĥé péópłé ýóú łóóķ áfŧéŕ··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Today</source>
        <translation>⟦Ŧóđáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now</source>
        <translation>⟦Ŵĥéñ ŧó çáłł ŧĥé éméŕğéñçý ñúmbéŕ óŕ ŧĥé đóçŧóŕ ñóŵ·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now (F1)</source>
        <translation>⟦Ŵĥéñ ŧó çáłł ŧĥé éméŕğéñçý ñúmbéŕ óŕ ŧĥé đóçŧóŕ ñóŵ (F1)·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>⟦{page} (Çŧŕł+{number})··⟧</translation>
    </message>
</context>
<context>
    <name>ui.medicine_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;End date</source>
        <translation>⟦&amp;Eñđ đáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Form</source>
        <translation>⟦&amp;Fóŕm·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;How often</source>
        <translation>⟦&amp;Hóŵ ófŧéñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Name</source>
        <translation>⟦&amp;Námé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Prescriber</source>
        <translation>⟦&amp;Pŕéšçŕíbéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Reorder warning (days)</source>
        <translation>⟦&amp;Réóŕđéŕ ŵáŕñíñğ (đáýš)·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Strength (mg)</source>
        <translation>⟦&amp;Sŧŕéñğŧĥ (mğ)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>A plan sets these doses</source>
        <translation>⟦Á płáñ šéŧš ŧĥéšé đóšéš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>A plan sets this medicine&apos;s doses</source>
        <translation>⟦Á płáñ šéŧš ŧĥíš méđíçíñé&apos;š đóšéš···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>About the active ingredient</source>
        <translation>⟦Ábóúŧ ŧĥé áçŧívé íñğŕéđíéñŧ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>About the amounts to give</source>
        <translation>⟦Ábóúŧ ŧĥé ámóúñŧš ŧó ğívé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Above the label maximum</source>
        <translation>⟦Ábóvé ŧĥé łábéł máxímúm········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Active &amp;ingredient</source>
        <translation>⟦Áçŧívé &amp;iñğŕéđíéñŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a &amp;time</source>
        <translation>⟦Áđđ á &amp;tímé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a medicine for {name}</source>
        <translation>⟦Áđđ á méđíçíñé fóŕ {name}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a time of day</source>
        <translation>⟦Áđđ á ŧímé óf đáý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Amount to give (worked out)</source>
        <translation>⟦Ámóúñŧ ŧó ğívé (ŵóŕķéđ óúŧ)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Another strength: type it in mg per mL below</source>
        <translation>⟦Áñóŧĥéŕ šŧŕéñğŧĥ: ŧýpé íŧ íñ mğ péŕ mŁ béłóŵ··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At fixed times every day</source>
        <translation>⟦Áŧ fíxéđ ŧíméš évéŕý đáý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At least (hours) between doses</source>
        <translation>⟦Áŧ łéášŧ (ĥóúŕš) béŧŵééñ đóšéš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At most (doses a day)</source>
        <translation>⟦Áŧ móšŧ (đóšéš á đáý)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Baclofen tablets come in 5, 10 and 20 mg (15 mg in some), granule packets in 5, 10 and 20 mg: type the strength printed on the box.</source>
        <translation>⟦Báçłóféñ ŧábłéŧš çómé íñ 5, 10 áñđ 20 mğ (15 mğ íñ šómé), ğŕáñúłé páçķéŧš íñ 5, 10 áñđ 20 mğ: ŧýpé ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ ŧĥé bóx.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Choose the strength printed on the bottle…</source>
        <translation>⟦Çĥóóšé ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ ŧĥé bóŧŧłé…··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Dose (mg)</source>
        <translation>⟦Đóšé (mğ)··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Doses very close together</source>
        <translation>⟦Đóšéš véŕý çłóšé ŧóğéŧĥéŕ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Edit a medicine for {name}</source>
        <translation>⟦Éđíŧ á méđíçíñé fóŕ {name}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>End date</source>
        <translation>⟦Éñđ đáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Every (hours)</source>
        <translation>⟦Évéŕý (ĥóúŕš)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Every few hours</source>
        <translation>⟦Évéŕý féŵ ĥóúŕš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>First dose at (HH:MM)</source>
        <translation>⟦Fíŕšŧ đóšé áŧ (ĤĤ:MM)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>For: {name}</source>
        <translation>⟦Fóŕ: {name}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Go back and check</source>
        <translation>⟦Ğó báçķ áñđ çĥéçķ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>How times work when the clocks change</source>
        <translation>⟦Ĥóŵ ŧíméš ŵóŕķ ŵĥéñ ŧĥé çłóçķš çĥáñğé············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Instr&amp;uctions</source>
        <translation>⟦Íñšŧŕ&amp;uçŧíóñš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Low-reservoir alarm date</source>
        <translation>⟦Łóŵ-ŕéšéŕvóíŕ áłáŕm đáŧé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Medicine name</source>
        <translation>⟦Méđíçíñé ñámé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Next pump re&amp;fill</source>
        <translation>⟦Ñéxŧ púmp ŕé&amp;fíłł·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Next pump refill</source>
        <translation>⟦Ñéxŧ púmp ŕéfíłł······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Not saved: please check the strength with the bottle or box in hand.</source>
        <translation>⟦Ñóŧ šávéđ: płéášé çĥéçķ ŧĥé šŧŕéñğŧĥ ŵíŧĥ ŧĥé bóŧŧłé óŕ bóx íñ ĥáñđ.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>On chosen days of the week</source>
        <translation>⟦Óñ çĥóšéñ đáýš óf ŧĥé ŵééķ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>On:</source>
        <translation>⟦Óñ:·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Only when needed (as needed)</source>
        <translation>⟦Óñłý ŵĥéñ ñééđéđ (áš ñééđéđ)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please check the strength</source>
        <translation>⟦Płéášé çĥéçķ ŧĥé šŧŕéñğŧĥ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please check this dose</source>
        <translation>⟦Płéášé çĥéçķ ŧĥíš đóšé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please choose the active ingredient: baclofen, or another medicine.</source>
        <translation>⟦Płéášé çĥóóšé ŧĥé áçŧívé íñğŕéđíéñŧ: báçłóféñ, óŕ áñóŧĥéŕ méđíçíñé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remind (days before)</source>
        <translation>⟦Ŕémíñđ (đáýš béfóŕé)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remove the selected time</source>
        <translation>⟦Ŕémóvé ŧĥé šéłéçŧéđ ŧímé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remove the selected time of day</source>
        <translation>⟦Ŕémóvé ŧĥé šéłéçŧéđ ŧímé óf đáý··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Reorder warning</source>
        <translation>⟦Ŕéóŕđéŕ ŵáŕñíñğ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Row {row}: {problem}</source>
        <translation>⟦Ŕóŵ {row}: {problem}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Start &amp;date</source>
        <translation>⟦Šŧáŕŧ &amp;dáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Start date</source>
        <translation>⟦Šŧáŕŧ đáŧé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Stoc&amp;k on hand</source>
        <translation>⟦Šŧóç&amp;k óñ ĥáñđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Stock on hand</source>
        <translation>⟦Šŧóçķ óñ ĥáñđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength</source>
        <translation>⟦Šŧŕéñğŧĥ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength (m&amp;g in each mL)</source>
        <translation>⟦Šŧŕéñğŧĥ (m&amp;g íñ éáçĥ mŁ)·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength on the &amp;bottle</source>
        <translation>⟦Šŧŕéñğŧĥ óñ ŧĥé &amp;bóŧŧłé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>The medicine</source>
        <translation>⟦Ŧĥé méđíçíñé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>The plan “{plan}” is being followed for this medicine: while it is, reminders give the plan&apos;s doses at the times the plan lists; other times keep the doses set here. To change the plan&apos;s doses, change the plan on the Plans page (or archive it to go back to the doses set here).</source>
        <translation>⟦Ŧĥé płáñ “{plan}” íš béíñğ fółłóŵéđ fóŕ ŧĥíš méđíçíñé: ŵĥíłé íŧ íš, ŕémíñđéŕš ğívé ŧĥé płáñ&apos;š đóšéš áŧ ŧĥé ŧíméš ŧĥé płáñ łíšŧš; óŧĥéŕ ŧíméš ķéép ŧĥé đóšéš šéŧ ĥéŕé. Ŧó çĥáñğé ŧĥé płáñ&apos;š đóšéš, çĥáñğé ŧĥé płáñ óñ ŧĥé Płáñš páğé (óŕ áŕçĥívé íŧ ŧó ğó báçķ ŧó ŧĥé đóšéš šéŧ ĥéŕé).···················································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Time (HH:MM)</source>
        <translation>⟦Ŧímé (ĤĤ:MM)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Times are the local clock time: 08:00 stays 08:00 when the clocks change. On the night the clocks go forward, a time that does not exist (e.g. 02:30) is reminded once, at the first minute after the gap; on the night they go back, a time that happens twice is reminded once. &quot;Every few hours&quot; counts real hours, so its clock times move by an hour when the clocks change.</source>
        <translation>⟦Ŧíméš áŕé ŧĥé łóçáł çłóçķ ŧímé: 08:00 šŧáýš 08:00 ŵĥéñ ŧĥé çłóçķš çĥáñğé. Óñ ŧĥé ñíğĥŧ ŧĥé çłóçķš ğó fóŕŵáŕđ, á ŧímé ŧĥáŧ đóéš ñóŧ éxíšŧ (é.ğ. 02:30) íš ŕémíñđéđ óñçé, áŧ ŧĥé fíŕšŧ míñúŧé áfŧéŕ ŧĥé ğáp; óñ ŧĥé ñíğĥŧ ŧĥéý ğó báçķ, á ŧímé ŧĥáŧ ĥáppéñš ŧŵíçé íš ŕémíñđéđ óñçé. &quot;Évéŕý féŵ ĥóúŕš&quot; çóúñŧš ŕéáł ĥóúŕš, šó íŧš çłóçķ ŧíméš móvé bý áñ ĥóúŕ ŵĥéñ ŧĥé çłóçķš çĥáñğé.············································································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Times of day and doses</source>
        <translation>⟦Ŧíméš óf đáý áñđ đóšéš·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Type the time and the dose in mg; the amount to give is worked out. Arrow keys move between cells; Tab leaves the table.</source>
        <translation>⟦Ŧýpé ŧĥé ŧímé áñđ ŧĥé đóšé íñ mğ; ŧĥé ámóúñŧ ŧó ğívé íš ŵóŕķéđ óúŧ. Áŕŕóŵ ķéýš móvé béŧŵééñ çéłłš; Ŧáb łéávéš ŧĥé ŧábłé.·····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>When it is taken</source>
        <translation>⟦Ŵĥéñ íŧ íš ŧáķéñ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Worked out from the dose and the strength; change those to change it</source>
        <translation>⟦Ŵóŕķéđ óúŧ fŕóm ŧĥé đóšé áñđ ŧĥé šŧŕéñğŧĥ; çĥáñğé ŧĥóšé ŧó çĥáñğé íŧ······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Write whole numbers of days separated by commas, e.g. 7, 2.</source>
        <translation>⟦Ŵŕíŧé ŵĥółé ñúmbéŕš óf đáýš šépáŕáŧéđ bý çómmáš, é.ğ. 7, 2.·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Yes, the prescription says so</source>
        <translation>⟦Ýéš, ŧĥé pŕéšçŕípŧíóñ šáýš šó··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>as the prescription says</source>
        <translation>⟦áš ŧĥé pŕéšçŕípŧíóñ šáýš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>days before each date, e.g. 7, 2</source>
        <translation>⟦đáýš béfóŕé éáçĥ đáŧé, é.ğ. 7, 2········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>e.g. Baclofen</source>
        <translation>⟦é.ğ. Báçłóféñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>e.g. with or after food</source>
        <translation>⟦é.ğ. ŵíŧĥ óŕ áfŧéŕ fóóđ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>mg in each mL, as on the bottle (5 mg/5 mL is 1)</source>
        <translation>⟦mğ íñ éáçĥ mŁ, áš óñ ŧĥé bóŧŧłé (5 mğ/5 mŁ íš 1)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>mg in one tablet or packet, e.g. 10</source>
        <translation>⟦mğ íñ óñé ŧábłéŧ óŕ páçķéŧ, é.ğ. 10·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>tablets, packets or mL on hand (optional)</source>
        <translation>⟦ŧábłéŧš, páçķéŧš óŕ mŁ óñ ĥáñđ (ópŧíóñáł)·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>warn when this many days are left (default 7)</source>
        <translation>⟦ŵáŕñ ŵĥéñ ŧĥíš máñý đáýš áŕé łéfŧ (đéfáúłŧ 7)··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{label} must be a number.</source>
        <translation>⟦{label} múšŧ bé á ñúmbéŕ.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{label} must be a whole number.</source>
        <translation>⟦{label} múšŧ bé á ŵĥółé ñúmbéŕ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{question}

Is this the strength printed on it? Save it as it is?</source>
        <translation>⟦{question}

Íš ŧĥíš ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ íŧ? Šávé íŧ áš íŧ íš?················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{warnings}

Save it anyway?</source>
        <translation>⟦{warnings}

Šávé íŧ áñýŵáý?·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>“{name}” looks like baclofen. If it is baclofen, choose Baclofen as the active ingredient, so that its checks apply. {note}</source>
        <translation>⟦“{name}” łóóķš łíķé báçłóféñ. Íf íŧ íš báçłóféñ, çĥóóšé Báçłóféñ áš ŧĥé áçŧívé íñğŕéđíéñŧ, šó ŧĥáŧ íŧš çĥéçķš áppłý. {note}··································⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.base</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Add a person…</source>
        <translation>⟦Áđđ á péŕšóñ…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Archive {what}</source>
        <translation>⟦Áŕçĥívé {what}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Archived “{name}”. Ctrl+Z brings it back.</source>
        <translation>⟦Áŕçĥívéđ “{name}”. Çŧŕł+Ž bŕíñğš íŧ báçķ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>For: {name}</source>
        <translation>⟦Fóŕ: {name}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Nobody to care for yet. Start by adding the person you look after (you can add more people later).

New here? The guide “Using this app” (in the Help menu) shows what each page does, with pictures. For emergency signs, press F1 at any time.</source>
        <translation>⟦Ñóbóđý ŧó çáŕé fóŕ ýéŧ. Šŧáŕŧ bý áđđíñğ ŧĥé péŕšóñ ýóú łóóķ áfŧéŕ (ýóú çáñ áđđ móŕé péópłé łáŧéŕ).

Ñéŵ ĥéŕé? Ŧĥé ğúíđé “Úšíñğ ŧĥíš ápp” (íñ ŧĥé Ĥéłp méñú) šĥóŵš ŵĥáŧ éáçĥ páğé đóéš, ŵíŧĥ píçŧúŕéš. Fóŕ éméŕğéñçý šíğñš, pŕéšš F1 áŧ áñý ŧímé.········································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Not saved</source>
        <translation>⟦Ñóŧ šávéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Page</source>
        <translation>⟦Páğé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Restore {what}</source>
        <translation>⟦Ŕéšŧóŕé {what}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Restored “{name}”.</source>
        <translation>⟦Ŕéšŧóŕéđ “{name}”.···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Undone: {action}.</source>
        <translation>⟦Úñđóñé: {action}.··⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.diary</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>%n entries</source>
        <extracomment>English singular: %n entry</extracomment>
        <translation>
            <numerusform>⟦%n éñŧŕý··⟧</numerusform>
            <numerusform>⟦%n éñŧŕíéš···⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Delete…</source>
        <translation>⟦&amp;Déłéŧé…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;New entry</source>
        <translation>⟦&amp;Néŵ éñŧŕý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Score</source>
        <translation>⟦&amp;Sçóŕé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Undo</source>
        <translation>⟦&amp;Uñđó·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>A&amp;verage</source>
        <translation>⟦Á&amp;véŕáğé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Add diary entry ({when})</source>
        <translation>⟦Áđđ đíáŕý éñŧŕý ({when})·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any score</source>
        <translation>⟦Áñý šçóŕé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any side effect</source>
        <translation>⟦Áñý šíđé éfféçŧ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Average over</source>
        <translation>⟦Ávéŕáğé óvéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>CSV files (*.csv)</source>
        <translation>⟦ÇŠV fíłéš (*.çšv)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ch&amp;ange…</source>
        <translation>⟦Çĥ&amp;añğé…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change diary entry ({when})</source>
        <translation>⟦Çĥáñğé đíáŕý éñŧŕý ({when})······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change the selected entry (Enter)</source>
        <translation>⟦Çĥáñğé ŧĥé šéłéçŧéđ éñŧŕý (Éñŧéŕ)···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Char&amp;t</source>
        <translation>⟦Çĥáŕ&amp;t··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Clear the filters</source>
        <translation>⟦Çłéáŕ ŧĥé fíłŧéŕš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Copied from {when} (danger signs and notes are not copied). Change what is different, then save.</source>
        <translation>⟦Çópíéđ fŕóm {when} (đáñğéŕ šíğñš áñđ ñóŧéš áŕé ñóŧ çópíéđ). Çĥáñğé ŵĥáŧ íš đífféŕéñŧ, ŧĥéñ šávé.····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Could not save the chart to {path}</source>
        <translation>⟦Çóúłđ ñóŧ šávé ŧĥé çĥáŕŧ ŧó {path}·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Daily average</source>
        <translation>⟦Đáíłý ávéŕáğé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete</source>
        <translation>⟦Đéłéŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry</source>
        <translation>⟦Đéłéŧé đíáŕý éñŧŕý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry ({when})</source>
        <translation>⟦Đéłéŧé đíáŕý éñŧŕý ({when})······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the entry of {when}?

You can undo this (Ctrl+Z).</source>
        <translation>⟦Đéłéŧé ŧĥé éñŧŕý óf {when}?

Ýóú çáñ úñđó ŧĥíš (Çŧŕł+Ž).··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the selected entry (Delete); it can be undone</source>
        <translation>⟦Đéłéŧé ŧĥé šéłéçŧéđ éñŧŕý (Đéłéŧé); íŧ çáñ bé úñđóñé················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Deleted the entry of {when}.</source>
        <translation>⟦Đéłéŧéđ ŧĥé éñŧŕý óf {when}.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Diary entries</source>
        <translation>⟦Đíáŕý éñŧŕíéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Drowsiness, Dizziness</source>
        <translation>⟦Đŕóŵšíñéšš, Đížžíñéšš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>E&amp;xport CSV…</source>
        <translation>⟦É&amp;xpóŕŧ ÇŠV…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ent&amp;ries</source>
        <translation>⟦Éñŧ&amp;ríéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Everything</source>
        <translation>⟦Évéŕýŧĥíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export failed: {why}. Nothing was written.</source>
        <translation>⟦Éxpóŕŧ fáíłéđ: {why}. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export the diary as CSV</source>
        <translation>⟦Éxpóŕŧ ŧĥé đíáŕý áš ÇŠV········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Exported {entries} to {path}</source>
        <translation>⟦Éxpóŕŧéđ {entries} ŧó {path}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by score</source>
        <translation>⟦Fíłŧéŕ bý šçóŕé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by side effect</source>
        <translation>⟦Fíłŧéŕ bý šíđé éfféçŧ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>From</source>
        <translation>⟦Fŕóm··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>From date</source>
        <translation>⟦Fŕóm đáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Highest score</source>
        <translation>⟦Ĥíğĥéšŧ šçóŕé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Keep it</source>
        <translation>⟦Ķéép íŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 3 months</source>
        <translation>⟦Łášŧ 3 móñŧĥš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 4 weeks</source>
        <translation>⟦Łášŧ 4 ŵééķš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last year</source>
        <translation>⟦Łášŧ ýéáŕ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Legs stiff in the morning</source>
        <translation>⟦Łéğš šŧíff íñ ŧĥé móŕñíñğ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Lowest score</source>
        <translation>⟦Łóŵéšŧ šçóŕé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Monthly average</source>
        <translation>⟦Móñŧĥłý ávéŕáğé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>No entries yet. A short entry each evening (spasms, stiffness, pain, sleep, side effects) shows over time whether a dose change helps.</source>
        <translation>⟦Ñó éñŧŕíéš ýéŧ. Á šĥóŕŧ éñŧŕý éáçĥ évéñíñğ (špášmš, šŧíffñéšš, páíñ, šłéép, šíđé éfféçŧš) šĥóŵš óvéŕ ŧímé ŵĥéŧĥéŕ á đóšé çĥáñğé ĥéłpš.··········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not deleted: {why}</source>
        <translation>⟦Ñóŧ đéłéŧéđ: {why}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved yet: please put right the fields marked in red. The entry, with its danger sign, is saved as soon as they are right; nothing you typed is lost.</source>
        <translation>⟦Ñóŧ šávéđ ýéŧ: płéášé púŧ ŕíğĥŧ ŧĥé fíéłđš máŕķéđ íñ ŕéđ. Ŧĥé éñŧŕý, ŵíŧĥ íŧš đáñğéŕ šíğñ, íš šávéđ áš šóóñ áš ŧĥéý áŕé ŕíğĥŧ; ñóŧĥíñğ ýóú ŧýpéđ íš łóšŧ.···············································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved.</source>
        <translation>⟦Ñóŧ šávéđ.···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved: please check the fields marked in red.</source>
        <translation>⟦Ñóŧ šávéđ: płéášé çĥéçķ ŧĥé fíéłđš máŕķéđ íñ ŕéđ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Nothing was changed.</source>
        <translation>⟦Ñóŧĥíñğ ŵáš çĥáñğéđ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Number of entries shown</source>
        <translation>⟦Ñúmbéŕ óf éñŧŕíéš šĥóŵñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only check-ins</source>
        <translation>⟦Óñłý çĥéçķ-íñš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only entries with danger signs</source>
        <translation>⟦Óñłý éñŧŕíéš ŵíŧĥ đáñğéŕ šíğñš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only the answers to the dose-change check-ins</source>
        <translation>⟦Óñłý ŧĥé áñšŵéŕš ŧó ŧĥé đóšé-çĥáñğé çĥéçķ-íñš···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>PNG images (*.png)</source>
        <translation>⟦PÑĞ ímáğéš (*.pñğ)·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is added again.</source>
        <translation>⟦Ŕéđóñé: ŧĥé éñŧŕý óf {when} íš áđđéđ áğáíñ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is changed again.</source>
        <translation>⟦Ŕéđóñé: ŧĥé éñŧŕý óf {when} íš çĥáñğéđ áğáíñ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save as &amp;image…</source>
        <translation>⟦Šávé áš &amp;imáğé…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the chart as an image</source>
        <translation>⟦Šávé ŧĥé çĥáŕŧ áš áñ ímáğé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the entries shown as a spreadsheet file (CSV)</source>
        <translation>⟦Šávé ŧĥé éñŧŕíéš šĥóŵñ áš á špŕéáđšĥééŧ fíłé (ÇŠV)················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved the chart to {path}</source>
        <translation>⟦Šávéđ ŧĥé çĥáŕŧ ŧó {path}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}.</source>
        <translation>⟦Šávéđ: {when}.··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}. (Ctrl+Z undoes the change.)</source>
        <translation>⟦Šávéđ: {when}. (Çŧŕł+Ž úñđóéš ŧĥé çĥáñğé.)··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Score to chart</source>
        <translation>⟦Šçóŕé ŧó çĥáŕŧ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Sho&amp;w all</source>
        <translation>⟦Šĥó&amp;w áłł··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Showing {shown} of {entries}</source>
        <translation>⟦Šĥóŵíñğ {shown} óf {entries}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Symptom diary</source>
        <translation>⟦Šýmpŧóm đíáŕý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>The entry is back.</source>
        <translation>⟦Ŧĥé éñŧŕý íš báçķ.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>There is no earlier entry to copy.</source>
        <translation>⟦Ŧĥéŕé íš ñó éáŕłíéŕ éñŧŕý ŧó çópý.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ti&amp;me</source>
        <translation>⟦Ŧí&amp;mé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Time shown</source>
        <translation>⟦Ŧímé šĥóŵñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>To date</source>
        <translation>⟦Ŧó đáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: adding the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>⟦Úñđóñé: áđđíñğ ŧĥé éñŧŕý óf {when} (Çŧŕł+Šĥífŧ+Ž ŕéđóéš íŧ).················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: the change to the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>⟦Úñđóñé: ŧĥé çĥáñğé ŧó ŧĥé éñŧŕý óf {when} (Çŧŕł+Šĥífŧ+Ž ŕéđóéš íŧ).··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Wed 30 Sep 2026 21:30  (check-in)</source>
        <translation>⟦Ŵéđ 30 Šép 2026 21:30  (çĥéçķ-íñ)·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Weekly average</source>
        <translation>⟦Ŵééķłý ávéŕáğé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary</source>
        <translation>⟦đíáŕý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-chart.png</source>
        <translation>⟦đíáŕý-çĥáŕŧ.pñğ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-{name}-{date}.csv</source>
        <translation>⟦đíáŕý-{name}-{date}.çšv···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>from</source>
        <translation>⟦fŕóm··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>to</source>
        <translation>⟦ŧó·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>{entries}; the last on {when}.</source>
        <translation>⟦{entries}; ŧĥé łášŧ óñ {when}.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>{period} average</source>
        <translation>⟦{period} ávéŕáğé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>⚠ A seizure (fit)</source>
        <translation>⟦⚠ Á šéížúŕé (fíŧ)····⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.info</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>%n matches on this page</source>
        <extracomment>English singular: %n match on this page</extracomment>
        <translation>
            <numerusform>⟦%n máŧçĥ óñ ŧĥíš páğé······⟧</numerusform>
            <numerusform>⟦%n máŧçĥéš óñ ŧĥíš páğé·······⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>%n pages found</source>
        <extracomment>English singular: %n page found</extracomment>
        <translation>
            <numerusform>⟦%n páğé fóúñđ····⟧</numerusform>
            <numerusform>⟦%n páğéš fóúñđ····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>&amp;Search all pages</source>
        <translation>⟦&amp;Séáŕçĥ áłł páğéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Back</source>
        <translation>⟦Báçķ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Back to the page before (Alt+Left)</source>
        <translation>⟦Báçķ ŧó ŧĥé páğé béfóŕé (Áłŧ+Łéfŧ)··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Caregiver Assistant, information page “{title}”. Printed {date}. This is not medical advice: talk to your doctor or nurse.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ, íñfóŕmáŧíóñ páğé “{title}”. Pŕíñŧéđ {date}. Ŧĥíš íš ñóŧ méđíçáł áđvíçé: ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>First page</source>
        <translation>⟦Fíŕšŧ páğé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>For example: missed dose</source>
        <translation>⟦Fóŕ éxámpłé: míššéđ đóšé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward</source>
        <translation>⟦Fóŕŵáŕđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward again (Alt+Right)</source>
        <translation>⟦Fóŕŵáŕđ áğáíñ (Áłŧ+Ŕíğĥŧ)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Go to the first page, {title} (Alt+Home)</source>
        <translation>⟦Ğó ŧó ŧĥé fíŕšŧ páğé, {title} (Áłŧ+Ĥómé)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information</source>
        <translation>⟦Íñfóŕmáŧíóñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information page text</source>
        <translation>⟦Íñfóŕmáŧíóñ páğé ŧéxŧ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information pages</source>
        <translation>⟦Íñfóŕmáŧíóñ páğéš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Leave the app?</source>
        <translation>⟦Łéávé ŧĥé ápp?····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Leaves the app: {address}</source>
        <translation>⟦Łéávéš ŧĥé ápp: {address}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Match {number} of {count} on this page</source>
        <translation>⟦Máŧçĥ {number} óf {count} óñ ŧĥíš páğé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Matches on this page</source>
        <translation>⟦Máŧçĥéš óñ ŧĥíš páğé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match</source>
        <translation>⟦Ñéxŧ máŧçĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match on this page (Enter or F3)</source>
        <translation>⟦Ñéxŧ máŧçĥ óñ ŧĥíš páğé (Éñŧéŕ óŕ F3)···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>No matches on this page</source>
        <translation>⟦Ñó máŧçĥéš óñ ŧĥíš páğé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Not opened: {address}</source>
        <translation>⟦Ñóŧ ópéñéđ: {address}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Nothing found for “{query}”. Try fewer or different words.</source>
        <translation>⟦Ñóŧĥíñğ fóúñđ fóŕ “{query}”. Ŧŕý féŵéŕ óŕ đífféŕéñŧ ŵóŕđš.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Opened {address} in your web browser.</source>
        <translation>⟦Ópéñéđ {address} íñ ýóúŕ ŵéb bŕóŵšéŕ.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Opens “{title}”</source>
        <translation>⟦Ópéñš “{title}”··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages</source>
        <translation>⟦Páğéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages that contain the search words. Enter opens the page at the match</source>
        <translation>⟦Páğéš ŧĥáŧ çóñŧáíñ ŧĥé šéáŕçĥ ŵóŕđš. Éñŧéŕ ópéñš ŧĥé páğé áŧ ŧĥé máŧçĥ·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match</source>
        <translation>⟦Pŕévíóúš máŧçĥ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match on this page (Shift+F3)</source>
        <translation>⟦Pŕévíóúš máŧçĥ óñ ŧĥíš páğé (Šĥífŧ+F3)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page</source>
        <translation>⟦Pŕíñŧ ŧĥíš páğé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page with its sources (Ctrl+P)</source>
        <translation>⟦Pŕíñŧ ŧĥíš páğé ŵíŧĥ íŧš šóúŕçéš (Çŧŕł+P)·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print…</source>
        <translation>⟦Pŕíñŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save as PDF…</source>
        <translation>⟦Šávé áš PĐF…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page as PDF</source>
        <translation>⟦Šávé ŧĥíš páğé áš PĐF·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page with its sources as a PDF file (Ctrl+Shift+S)</source>
        <translation>⟦Šávé ŧĥíš páğé ŵíŧĥ íŧš šóúŕçéš áš á PĐF fíłé (Çŧŕł+Šĥífŧ+Š)··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Saved “{title}” as {path}</source>
        <translation>⟦Šávéđ “{title}” áš {path}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results</source>
        <translation>⟦Šéáŕçĥ ŕéšúłŧš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results summary</source>
        <translation>⟦Šéáŕçĥ ŕéšúłŧš šúmmáŕý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search the information pages</source>
        <translation>⟦Šéáŕçĥ ŧĥé íñfóŕmáŧíóñ páğéš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Sent “{title}” to the printer.</source>
        <translation>⟦Šéñŧ “{title}” ŧó ŧĥé pŕíñŧéŕ.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Stayed in the app.</source>
        <translation>⟦Šŧáýéđ íñ ŧĥé ápp.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Tab moves between links; Enter follows a link</source>
        <translation>⟦Ŧáb móvéš béŧŵééñ łíñķš; Éñŧéŕ fółłóŵš á łíñķ···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>The table of contents: choosing a page opens it</source>
        <translation>⟦Ŧĥé ŧábłé óf çóñŧéñŧš: çĥóóšíñğ á páğé ópéñš íŧ···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>This link cannot be opened: {address}</source>
        <translation>⟦Ŧĥíš łíñķ çáññóŧ bé ópéñéđ: {address}·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Type words to find (Ctrl+F). Enter or F3 goes to the next match; Down arrow moves to the results; Escape clears</source>
        <translation>⟦Ŧýpé ŵóŕđš ŧó fíñđ (Çŧŕł+F). Éñŧéŕ óŕ F3 ğóéš ŧó ŧĥé ñéxŧ máŧçĥ; Đóŵñ áŕŕóŵ móvéš ŧó ŧĥé ŕéšúłŧš; Éšçápé çłéáŕš··································⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.medicines</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Add a medicine…</source>
        <translation>⟦&amp;Ađđ á méđíçíñé…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Restore</source>
        <translation>⟦&amp;Réšŧóŕé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>A&amp;rchive</source>
        <translation>⟦Á&amp;rçĥívé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine</source>
        <translation>⟦Áđđ á méđíçíñé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine…</source>
        <translation>⟦Áđđ á méđíçíñé…·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive or restore the selected medicine</source>
        <translation>⟦Áŕçĥívé óŕ ŕéšŧóŕé ŧĥé šéłéçŧéđ méđíçíñé··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive this medicine?</source>
        <translation>⟦Áŕçĥívé ŧĥíš méđíçíñé?········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive {medicine}? Its reminders stop; its dose history is kept and it can be restored from &quot;Show archived&quot; (or with Edit &gt; Undo, Ctrl+Z).</source>
        <translation>⟦Áŕçĥívé {medicine}? Íŧš ŕémíñđéŕš šŧóp; íŧš đóšé ĥíšŧóŕý íš ķépŧ áñđ íŧ çáñ bé ŕéšŧóŕéđ fŕóm &quot;Šĥóŵ áŕçĥívéđ&quot; (óŕ ŵíŧĥ Éđíŧ &gt; Úñđó, Çŧŕł+Ž).······································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Cha&amp;nge…</source>
        <translation>⟦Çĥá&amp;nğé…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Edit the selected medicine</source>
        <translation>⟦Éđíŧ ŧĥé šéłéçŧéđ méđíçíñé·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicine</source>
        <translation>⟦Méđíçíñé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicines</source>
        <translation>⟦Méđíçíñéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Next refill</source>
        <translation>⟦Ñéxŧ ŕéfíłł····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>No schedule</source>
        <translation>⟦Ñó šçĥéđúłé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Nothing yet — no medicines recorded for {name}. Add each medicine with its strength and the times it is taken; reminders follow from that.</source>
        <translation>⟦Ñóŧĥíñğ ýéŧ — ñó méđíçíñéš ŕéçóŕđéđ fóŕ {name}. Áđđ éáçĥ méđíçíñé ŵíŧĥ íŧš šŧŕéñğŧĥ áñđ ŧĥé ŧíméš íŧ íš ŧáķéñ; ŕémíñđéŕš fółłóŵ fŕóm ŧĥáŧ.··········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump re&amp;filled today…</source>
        <translation>⟦Púmp ŕé&amp;fíłłéđ ŧóđáý…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refill recorded for today. The app will ask a short check-in each day for the next few days.</source>
        <translation>⟦Púmp ŕéfíłł ŕéçóŕđéđ fóŕ ŧóđáý. Ŧĥé ápp ŵíłł ášķ á šĥóŕŧ çĥéçķ-íñ éáçĥ đáý fóŕ ŧĥé ñéxŧ féŵ đáýš.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refilled today</source>
        <translation>⟦Púmp ŕéfíłłéđ ŧóđáý·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump: no doses to remind</source>
        <translation>⟦Púmp: ñó đóšéš ŧó ŕémíñđ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Record that the pump was refilled today</source>
        <translation>⟦Ŕéçóŕđ ŧĥáŧ ŧĥé púmp ŵáš ŕéfíłłéđ ŧóđáý·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Refill not recorded</source>
        <translation>⟦Ŕéfíłł ñóŧ ŕéçóŕđéđ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved the changes to {medicine}.</source>
        <translation>⟦Šávéđ ŧĥé çĥáñğéš ŧó {medicine}.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved {medicine}: its reminders follow from now on.</source>
        <translation>⟦Šávéđ {medicine}: íŧš ŕémíñđéŕš fółłóŵ fŕóm ñóŵ óñ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived</source>
        <translation>⟦Šĥóŵ áŕçĥívéđ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived medicines</source>
        <translation>⟦Šĥóŵ áŕçĥívéđ méđíçíñéš········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Stock</source>
        <translation>⟦Šŧóçķ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>The next refill date, if you know it (YYYY-MM-DD; leave empty to keep it as it is):</source>
        <translation>⟦Ŧĥé ñéxŧ ŕéfíłł đáŧé, íf ýóú ķñóŵ íŧ (ÝÝÝÝ-MM-ĐĐ; łéávé émpŧý ŧó ķéép íŧ áš íŧ íš):························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>When it is taken</source>
        <translation>⟦Ŵĥéñ íŧ íš ŧáķéñ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>alarm date {date}</source>
        <translation>⟦áłáŕm đáŧé {date}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>next refill {date}</source>
        <translation>⟦ñéxŧ ŕéfíłł {date}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{amount} on hand</source>
        <translation>⟦{amount} óñ ĥáñđ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
Not baclofen: the baclofen checks do not apply.</source>
        <translation>⟦{medicine}
Ñóŧ báçłóféñ: ŧĥé báçłóféñ çĥéçķš đó ñóŧ áppłý.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
⚠ Recorded as not baclofen: the baclofen checks do not apply.</source>
        <translation>⟦{medicine}
⚠ Ŕéçóŕđéđ áš ñóŧ báçłóféñ: ŧĥé báçłóféñ çĥéçķš đó ñóŧ áppłý.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}  (archived)</source>
        <translation>⟦{medicine}  (áŕçĥívéđ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{schedules} — {plan}</source>
        <translation>⟦{schedules} — {plan}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{stock} — reorder now</source>
        <translation>⟦{stock} — ŕéóŕđéŕ ñóŵ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{when} — {dates}</source>
        <translation>⟦{when} — {dates}·⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.plans</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Add a plan…</source>
        <translation>⟦&amp;Ađđ á płáñ…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Steps</source>
        <translation>⟦&amp;Sŧépš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;b&gt;{plan}:&lt;/b&gt; {warning}</source>
        <translation>⟦&lt;b&gt;{plan}:&lt;/b&gt; {warning}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Why the app asks: reducing too quickly&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Ŵĥý ŧĥé ápp ášķš: ŕéđúçíñğ ŧóó qúíçķłý&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>A plan belongs to a medicine: first add {name}&apos;s medicine on the Medicines page, then come back to add the plan.</source>
        <translation>⟦Á płáñ béłóñğš ŧó á méđíçíñé: fíŕšŧ áđđ {name}&apos;š méđíçíñé óñ ŧĥé Méđíçíñéš páğé, ŧĥéñ çómé báçķ ŧó áđđ ŧĥé płáñ.·································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>A&amp;rchive this plan</source>
        <translation>⟦Á&amp;rçĥívé ŧĥíš płáñ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan</source>
        <translation>⟦Áđđ á płáñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan…</source>
        <translation>⟦Áđđ á płáñ…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the plan “{plan}”? It is no longer shown or checked; nothing is deleted, and Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>⟦Áŕçĥívé ŧĥé płáñ “{plan}”? Íŧ íš ñó łóñğéŕ šĥóŵñ óŕ çĥéçķéđ; ñóŧĥíñğ íš đéłéŧéđ, áñđ Éđíŧ &gt; Úñđó (Çŧŕł+Ž) bŕíñğš íŧ báçķ.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the selected plan</source>
        <translation>⟦Áŕçĥívé ŧĥé šéłéçŧéđ płáñ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive this plan?</source>
        <translation>⟦Áŕçĥívé ŧĥíš płáñ?······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Ca&amp;lendar</source>
        <translation>⟦Çá&amp;léñđáŕ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Cha&amp;nge this plan…</source>
        <translation>⟦Çĥá&amp;nğé ŧĥíš płáñ…·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Change the selected plan</source>
        <translation>⟦Çĥáñğé ŧĥé šéłéçŧéđ płáñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Char&amp;t</source>
        <translation>⟦Çĥáŕ&amp;t··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check this plan</source>
        <translation>⟦Çĥéçķ ŧĥíš płáñ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (answered): {what}.</source>
        <translation>⟦Çĥéçķ-íñ {number} óf {of} (áñšŵéŕéđ): {what}.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (not answered): {what}.</source>
        <translation>⟦Çĥéçķ-íñ {number} óf {of} (ñóŧ áñšŵéŕéđ): {what}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of}: {what}.</source>
        <translation>⟦Çĥéçķ-íñ {number} óf {of}: {what}.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Dose plans: building up or lowering</source>
        <translation>⟦Đóšé płáñš: búíłđíñğ úp óŕ łóŵéŕíñğ············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>From</source>
        <translation>⟦Fŕóm··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Go to Medicines</source>
        <translation>⟦Ğó ŧó Méđíçíñéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>No plan being followed sets today&apos;s doses.</source>
        <translation>⟦Ñó płáñ béíñğ fółłóŵéđ šéŧš ŧóđáý&apos;š đóšéš.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Nothing yet — no dose plan for {name}. When the doctor or nurse gives a plan for raising or lowering the dose, add it here exactly as written; the app checks it and shows it, and never makes one up.</source>
        <translation>⟦Ñóŧĥíñğ ýéŧ — ñó đóšé płáñ fóŕ {name}. Ŵĥéñ ŧĥé đóçŧóŕ óŕ ñúŕšé ğívéš á płáñ fóŕ ŕáíšíñğ óŕ łóŵéŕíñğ ŧĥé đóšé, áđđ íŧ ĥéŕé éxáçŧłý áš ŵŕíŧŧéñ; ŧĥé ápp çĥéçķš íŧ áñđ šĥóŵš íŧ, áñđ ñévéŕ máķéš óñé úp.···························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan</source>
        <translation>⟦Płáñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan changed.</source>
        <translation>⟦Płáñ çĥáñğéđ.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan saved. Its doses are reminded from now on if it is being followed.</source>
        <translation>⟦Płáñ šávéđ. Íŧš đóšéš áŕé ŕémíñđéđ fŕóm ñóŵ óñ íf íŧ íš béíñğ fółłóŵéđ.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan steps</source>
        <translation>⟦Płáñ šŧépš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>The plan as a table, a calendar or a chart</source>
        <translation>⟦Ŧĥé płáñ áš á ŧábłé, á çáłéñđáŕ óŕ á çĥáŕŧ·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Today&apos;s step: {mg} mg a day.</source>
        <translation>⟦Ŧóđáý&apos;š šŧép: {mg} mğ á đáý.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Total a day</source>
        <translation>⟦Ŧóŧáł á đáý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Until</source>
        <translation>⟦Úñŧíł··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>building up</source>
        <translation>⟦búíłđíñğ úp····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>lowering</source>
        <translation>⟦łóŵéŕíñğ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>the plan {plan}</source>
        <translation>⟦ŧĥé płáñ {plan}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg</source>
        <translation>⟦{mg} mğ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg   ← today</source>
        <translation>⟦{mg} mğ   ← ŧóđáý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind})</source>
        <translation>⟦{plan} ({kind})·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind}) — not followed</source>
        <translation>⟦{plan} ({kind}) — ñóŧ fółłóŵéđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{today} {after} Plans are shown as the clinician wrote them. Reminders follow the plan being followed: each step&apos;s doses at the times it lists, until the next step starts; after the last step, what the plan says (keep its doses, or stop). Questions about a plan: talk to your doctor or nurse.</source>
        <translation>⟦{today} {after} Płáñš áŕé šĥóŵñ áš ŧĥé çłíñíçíáñ ŵŕóŧé ŧĥém. Ŕémíñđéŕš fółłóŵ ŧĥé płáñ béíñğ fółłóŵéđ: éáçĥ šŧép&apos;š đóšéš áŧ ŧĥé ŧíméš íŧ łíšŧš, úñŧíł ŧĥé ñéxŧ šŧép šŧáŕŧš; áfŧéŕ ŧĥé łášŧ šŧép, ŵĥáŧ ŧĥé płáñ šáýš (ķéép íŧš đóšéš, óŕ šŧóp). Qúéšŧíóñš ábóúŧ á płáñ: ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.······················································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>“{plan}”: {words}</source>
        <translation>⟦“{plan}”: {words}·⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.reports</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>&amp;Questions for the doctor or nurse (kept until you change them; they go on the summary):</source>
        <translation>⟦&amp;Qúéšŧíóñš fóŕ ŧĥé đóçŧóŕ óŕ ñúŕšé (ķépŧ úñŧíł ýóú çĥáñğé ŧĥém; ŧĥéý ğó óñ ŧĥé šúmmáŕý):···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>An appointment summary to show or give to the doctor or nurse: medicines and doses, the diary, side effects, danger signs, the dose plan, and your questions.</source>
        <translation>⟦Áñ áppóíñŧméñŧ šúmmáŕý ŧó šĥóŵ óŕ ğívé ŧó ŧĥé đóçŧóŕ óŕ ñúŕšé: méđíçíñéš áñđ đóšéš, ŧĥé đíáŕý, šíđé éfféçŧš, đáñğéŕ šíğñš, ŧĥé đóšé płáñ, áñđ ýóúŕ qúéšŧíóñš.··················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>At most {days} days: a year and a day, so a yearly review fits. The summary is for one appointment; the whole history is in the export.</source>
        <translation>⟦Áŧ móšŧ {days} đáýš: á ýéáŕ áñđ á đáý, šó á ýéáŕłý ŕévíéŵ fíŧš. Ŧĥé šúmmáŕý íš fóŕ óñé áppóíñŧméñŧ; ŧĥé ŵĥółé ĥíšŧóŕý íš íñ ŧĥé éxpóŕŧ.·······································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>First day of the summary</source>
        <translation>⟦Fíŕšŧ đáý óf ŧĥé šúmmáŕý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>For example: The spasms at night are worse since the dose went down. Should we wait or change the plan?</source>
        <translation>⟦Fóŕ éxámpłé: Ŧĥé špášmš áŧ ñíğĥŧ áŕé ŵóŕšé šíñçé ŧĥé đóšé ŵéñŧ đóŵñ. Šĥóúłđ ŵé ŵáíŧ óŕ çĥáñğé ŧĥé płáñ?································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>P&amp;rint…</source>
        <translation>⟦P&amp;ríñŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Peri&amp;od:</source>
        <translation>⟦Péŕí&amp;ođ:··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Period of the summary</source>
        <translation>⟦Péŕíóđ óf ŧĥé šúmmáŕý·······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Preparing the summary of %n days…</source>
        <extracomment>English singular: Preparing the summary of %n day…</extracomment>
        <translation>
            <numerusform>⟦Pŕépáŕíñğ ŧĥé šúmmáŕý óf %n đáý…··········⟧</numerusform>
            <numerusform>⟦Pŕépáŕíñğ ŧĥé šúmmáŕý óf %n đáýš…··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print pre&amp;view…</source>
        <translation>⟦Pŕíñŧ pŕé&amp;víéŵ…····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print preview of the summary</source>
        <translation>⟦Pŕíñŧ pŕévíéŵ óf ŧĥé šúmmáŕý··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the appointment summary</source>
        <translation>⟦Pŕíñŧ ŧĥé áppóíñŧméñŧ šúmmáŕý··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the summary</source>
        <translation>⟦Pŕíñŧ ŧĥé šúmmáŕý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Questions for the doctor or nurse</source>
        <translation>⟦Qúéšŧíóñš fóŕ ŧĥé đóçŧóŕ óŕ ñúŕšé···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Reports</source>
        <translation>⟦Ŕépóŕŧš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save as P&amp;DF…</source>
        <translation>⟦Šávé áš P&amp;DF…···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the appointment summary as PDF</source>
        <translation>⟦Šávé ŧĥé áppóíñŧméñŧ šúmmáŕý áš PĐF············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the summary as a PDF file</source>
        <translation>⟦Šávé ŧĥé šúmmáŕý áš á PĐF fíłé··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Saved the appointment summary as {path}</source>
        <translation>⟦Šávéđ ŧĥé áppóíñŧméñŧ šúmmáŕý áš {path}···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Sent the appointment summary to the printer.</source>
        <translation>⟦Šéñŧ ŧĥé áppóíñŧméñŧ šúmmáŕý ŧó ŧĥé pŕíñŧéŕ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Since a date (the last appointment)</source>
        <translation>⟦Šíñçé á đáŧé (ŧĥé łášŧ áppóíñŧméñŧ)···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Summary</source>
        <translation>⟦Šúmmáŕý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The appointment summary</source>
        <translation>⟦Ŧĥé áppóíñŧméñŧ šúmmáŕý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The questions are too long to keep: at most {most} characters (now {now}). Shorten them; nothing else is lost.</source>
        <translation>⟦Ŧĥé qúéšŧíóñš áŕé ŧóó łóñğ ŧó ķéép: áŧ móšŧ {most} çĥáŕáçŧéŕš (ñóŵ {now}). Šĥóŕŧéñ ŧĥém; ñóŧĥíñğ éłšé íš łóšŧ.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The summary could not be made.</source>
        <translation>⟦Ŧĥé šúmmáŕý çóúłđ ñóŧ bé máđé.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Your questions could not be saved ({why}). They are still here.</source>
        <translation>⟦Ýóúŕ qúéšŧíóñš çóúłđ ñóŧ bé šávéđ ({why}). Ŧĥéý áŕé šŧíłł ĥéŕé.··················⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.today</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Not taken (missed)</source>
        <translation>⟦&amp;Nóŧ ŧáķéñ (míššéđ)·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Skip on purpose…</source>
        <translation>⟦&amp;Sķíp óñ púŕpóšé…·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Taken now</source>
        <translation>⟦&amp;Táķéñ ñóŵ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the &amp;check-in…</source>
        <translation>⟦Áñšŵéŕ ŧĥé &amp;cĥéçķ-íñ…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the check-in</source>
        <translation>⟦Áñšŵéŕ ŧĥé çĥéçķ-íñ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer yesterday&apos;s &amp;check-in…</source>
        <translation>⟦Áñšŵéŕ ýéšŧéŕđáý&apos;š &amp;cĥéçķ-íñ…·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>As needed: log {medicine} {dose} mg now…</source>
        <translation>⟦Áš ñééđéđ: łóğ {medicine} {dose} mğ ñóŵ…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose</source>
        <translation>⟦Đóšé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose histor&amp;y</source>
        <translation>⟦Đóšé ĥíšŧóŕ&amp;y····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose-change check-in</source>
        <translation>⟦Đóšé-çĥáñğé çĥéçķ-íñ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Go to Medicines</source>
        <translation>⟦Ğó ŧó Méđíçíñéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Keys on this tab: T taken now, A taken at, S skip, N not taken. Ctrl+Z undoes the last answer.</source>
        <translation>⟦Ķéýš óñ ŧĥíš ŧáb: Ŧ ŧáķéñ ñóŵ, Á ŧáķéñ áŧ, Š šķíp, Ñ ñóŧ ŧáķéñ. Çŧŕł+Ž úñđóéš ŧĥé łášŧ áñšŵéŕ.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Log an as-needed dose of {medicine}</source>
        <translation>⟦Łóğ áñ áš-ñééđéđ đóšé óf {medicine}········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Logged {dose}. {today} Undo (Ctrl+Z) takes it back.</source>
        <translation>⟦Łóğğéđ {dose}. {today} Úñđó (Çŧŕł+Ž) ŧáķéš íŧ báçķ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Medicine</source>
        <translation>⟦Méđíçíñé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not listed today: {times}. That time was added after it had passed today, so it was never reminded; it is listed from the next time it comes. If a dose was given then, the dose history can be used to record it.</source>
        <translation>⟦Ñóŧ łíšŧéđ ŧóđáý: {times}. Ŧĥáŧ ŧímé ŵáš áđđéđ áfŧéŕ íŧ ĥáđ páššéđ ŧóđáý, šó íŧ ŵáš ñévéŕ ŕémíñđéđ; íŧ íš łíšŧéđ fŕóm ŧĥé ñéxŧ ŧímé íŧ çóméš. Íf á đóšé ŵáš ğívéñ ŧĥéñ, ŧĥé đóšé ĥíšŧóŕý çáñ bé úšéđ ŧó ŕéçóŕđ íŧ.······························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not saved</source>
        <translation>⟦Ñóŧ šávéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not taken, missed</source>
        <translation>⟦Ñóŧ ŧáķéñ, míššéđ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing was logged for {medicine}.</source>
        <translation>⟦Ñóŧĥíñğ ŵáš łóğğéđ fóŕ {medicine}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing yet — no medicines for {name}. Add a medicine and when it is taken on the Medicines page, and today&apos;s doses will appear here.</source>
        <translation>⟦Ñóŧĥíñğ ýéŧ — ñó méđíçíñéš fóŕ {name}. Áđđ á méđíçíñé áñđ ŵĥéñ íŧ íš ŧáķéñ óñ ŧĥé Méđíçíñéš páğé, áñđ ŧóđáý&apos;š đóšéš ŵíłł áppéáŕ ĥéŕé.·······································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Notices</source>
        <translation>⟦Ñóŧíçéš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Recorded {doses} as {answer}. Undo (Ctrl+Z) takes the answer back.</source>
        <translation>⟦Ŕéçóŕđéđ {doses} áš {answer}. Úñđó (Çŧŕł+Ž) ŧáķéš ŧĥé áñšŵéŕ báçķ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Skip on purpose</source>
        <translation>⟦Šķíp óñ púŕpóšé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>State</source>
        <translation>⟦Šŧáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>T: taken now. A: taken at a time. S: skip on purpose. N: not taken.</source>
        <translation>⟦Ŧ: ŧáķéñ ñóŵ. Á: ŧáķéñ áŧ á ŧímé. Š: šķíp óñ púŕpóšé. Ñ: ñóŧ ŧáķéñ.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken &amp;at…</source>
        <translation>⟦Ŧáķéñ &amp;aŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken at</source>
        <translation>⟦Ŧáķéñ áŧ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken now</source>
        <translation>⟦Ŧáķéñ ñóŵ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose is not given, on purpose; you can say why (S)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé íš ñóŧ ğívéñ, óñ púŕpóšé; ýóú çáñ šáý ŵĥý (Š)···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was not taken: forgotten or missed (N)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé ŵáš ñóŧ ŧáķéñ: fóŕğóŧŧéñ óŕ míššéđ (Ñ)··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken at a time you give (A)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé ŵáš ŧáķéñ áŧ á ŧímé ýóú ğívé (Á)···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken just now (T)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé ŵáš ŧáķéñ júšŧ ñóŵ (Ŧ)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Time</source>
        <translation>⟦Ŧímé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Times not listed today</source>
        <translation>⟦Ŧíméš ñóŧ łíšŧéđ ŧóđáý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today</source>
        <translation>⟦Ŧóđáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today or dose history</source>
        <translation>⟦Ŧóđáý óŕ đóšé ĥíšŧóŕý·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s &amp;doses</source>
        <translation>⟦Ŧóđáý&apos;š &amp;dóšéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s doses</source>
        <translation>⟦Ŧóđáý&apos;š đóšéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose</source>
        <translation>⟦Ŧómóŕŕóŵ&apos;š fíŕšŧ đóšé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose: {day} {time} — {medicine} {dose}</source>
        <translation>⟦Ŧómóŕŕóŵ&apos;š fíŕšŧ đóšé: {day} {time} — {medicine} {dose}·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Yesterday&apos;s check-in was not answered ({checkin}): you can still answer it today.</source>
        <translation>⟦Ýéšŧéŕđáý&apos;š çĥéçķ-íñ ŵáš ñóŧ áñšŵéŕéđ ({checkin}): ýóú çáñ šŧíłł áñšŵéŕ íŧ ŧóđáý.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>log {dose}</source>
        <translation>⟦łóğ {dose}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>not taken</source>
        <translation>⟦ñóŧ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>skipped</source>
        <translation>⟦šķíppéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at</source>
        <translation>⟦ŧáķéñ áŧ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at {time}</source>
        <translation>⟦ŧáķéñ áŧ {time}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken now</source>
        <translation>⟦ŧáķéñ ñóŵ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{answer}: {doses}</source>
        <translation>⟦{answer}: {doses}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today.</source>
        <translation>⟦{checkin} — áñšŵéŕéđ ŧóđáý.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today; danger sign recorded: {signs}.</source>
        <translation>⟦{checkin} — áñšŵéŕéđ ŧóđáý; đáñğéŕ šíğñ ŕéçóŕđéđ: {signs}.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — waiting for an answer.</source>
        <translation>⟦{checkin} — ŵáíŧíñğ fóŕ áñ áñšŵéŕ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} as needed today</source>
        <translation>⟦{medicine} áš ñééđéđ ŧóđáý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} at {time}</source>
        <translation>⟦{medicine} áŧ {time}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} (due {time})</source>
        <translation>⟦{medicine} {dose} (đúé {time})·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at now (as needed)</source>
        <translation>⟦{medicine} {dose} mğ áŧ ñóŵ (áš ñééđéđ)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at {time} (as needed)</source>
        <translation>⟦{medicine} {dose} mğ áŧ {time} (áš ñééđéđ)·····⟧</translation>
    </message>
</context>
<context>
    <name>ui.people</name>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source> days</source>
        <translation> ⟦đáýš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Add…</source>
        <translation>⟦&amp;Ađđ…·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Date of birth</source>
        <translation>⟦&amp;Dáŧé óf bíŕŧĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Edit…</source>
        <translation>⟦&amp;Eđíŧ…·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Emergency contact</source>
        <translation>⟦&amp;Eméŕğéñçý çóñŧáçŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Kidneys</source>
        <translation>⟦&amp;Kíđñéýš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Name</source>
        <translation>⟦&amp;Námé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Prescriber / clinic</source>
        <translation>⟦&amp;Pŕéšçŕíbéŕ / çłíñíç······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Restore</source>
        <translation>⟦&amp;Réšŧóŕé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>A&amp;rchive</source>
        <translation>⟦Á&amp;rçĥívé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>About the age</source>
        <translation>⟦Ábóúŧ ŧĥé áğé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Add a person</source>
        <translation>⟦Áđđ á péŕšóñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Anything useful, up to {count} characters.</source>
        <translation>⟦Áñýŧĥíñğ úšéfúł, úp ŧó {count} çĥáŕáçŧéŕš.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive or restore the selected person</source>
        <translation>⟦Áŕçĥívé óŕ ŕéšŧóŕé ŧĥé šéłéçŧéđ péŕšóñ·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive this person?</source>
        <translation>⟦Áŕçĥívé ŧĥíš péŕšóñ?·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive {name}</source>
        <translation>⟦Áŕçĥívé {name}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive {name}? Their reminders stop and they leave the lists, but all their history is kept. You can restore them here, or undo with Ctrl+Z.</source>
        <translation>⟦Áŕçĥívé {name}? Ŧĥéíŕ ŕémíñđéŕš šŧóp áñđ ŧĥéý łéávé ŧĥé łíšŧš, búŧ áłł ŧĥéíŕ ĥíšŧóŕý íš ķépŧ. Ýóú çáñ ŕéšŧóŕé ŧĥém ĥéŕé, óŕ úñđó ŵíŧĥ Çŧŕł+Ž.··········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Check-&amp;ins after a dose change</source>
        <translation>⟦Çĥéçķ-&amp;iñš áfŧéŕ á đóšé çĥáñğé·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Check-in &amp;time</source>
        <translation>⟦Çĥéçķ-íñ &amp;tímé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Close</source>
        <translation>⟦Çłóšé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Date of birth</source>
        <translation>⟦Đáŧé óf bíŕŧĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Edit person</source>
        <translation>⟦Éđíŧ péŕšóñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Edit the selected person</source>
        <translation>⟦Éđíŧ ŧĥé šéłéçŧéđ péŕšóñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Everyone you look after. Archiving hides a person from the lists but keeps their history; you can restore them at any time.</source>
        <translation>⟦Évéŕýóñé ýóú łóóķ áfŧéŕ. Áŕçĥívíñğ ĥíđéš á péŕšóñ fŕóm ŧĥé łíšŧš búŧ ķéépš ŧĥéíŕ ĥíšŧóŕý; ýóú çáñ ŕéšŧóŕé ŧĥém áŧ áñý ŧímé.········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>HH:MM (empty: with the last dose of the day)</source>
        <translation>⟦ĤĤ:MM (émpŧý: ŵíŧĥ ŧĥé łášŧ đóšé óf ŧĥé đáý)·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Kidney function is reduced</source>
        <translation>⟦Ķíđñéý fúñçŧíóñ íš ŕéđúçéđ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>N&amp;otes</source>
        <translation>⟦Ñ&amp;oŧéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>No check-ins</source>
        <translation>⟦Ñó çĥéçķ-íñš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Not saved</source>
        <translation>⟦Ñóŧ šávéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Optional. A date like {example}, chosen on the calendar, or just the year (1956) if that is all you know.</source>
        <translation>⟦Ópŧíóñáł. Á đáŧé łíķé {example}, çĥóšéñ óñ ŧĥé çáłéñđáŕ, óŕ júšŧ ŧĥé ýéáŕ (1956) íf ŧĥáŧ íš áłł ýóú ķñóŵ.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>People</source>
        <translation>⟦Péópłé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>People cared for</source>
        <translation>⟦Péópłé çáŕéđ fóŕ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Restore {name}</source>
        <translation>⟦Ŕéšŧóŕé {name}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>The name shown on every screen, for example &apos;Mum&apos; or &apos;Alex Smith&apos;.</source>
        <translation>⟦Ŧĥé ñámé šĥóŵñ óñ évéŕý šçŕééñ, fóŕ éxámpłé &apos;Múm&apos; óŕ &apos;Áłéx Šmíŧĥ&apos;.····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>When the daily check-in comes. Empty: with the person&apos;s last dose of the day (20:00 without one).</source>
        <translation>⟦Ŵĥéñ ŧĥé đáíłý çĥéçķ-íñ çóméš. Émpŧý: ŵíŧĥ ŧĥé péŕšóñ&apos;š łášŧ đóšé óf ŧĥé đáý (20:00 ŵíŧĥóúŧ óñé).····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Who to call, and their number</source>
        <translation>⟦Ŵĥó ŧó çáłł, áñđ ŧĥéíŕ ñúmbéŕ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>e.g. Dr Lee, Neurology clinic, 01234 567890</source>
        <translation>⟦é.ğ. Đŕ Łéé, Ñéúŕółóğý çłíñíç, 01234 567890·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>{name}   (archived)</source>
        <translation>⟦{name}   (áŕçĥívéđ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>{problem} Or leave it empty.</source>
        <translation>⟦{problem} Óŕ łéávé íŧ émpŧý.······⟧</translation>
    </message>
</context>
<context>
    <name>ui.plan_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Add a step</source>
        <translation>⟦&amp;Ađđ á šŧép···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Kind</source>
        <translation>⟦&amp;Kíñđ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Medicine</source>
        <translation>⟦&amp;Méđíçíñé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Remove the selected step</source>
        <translation>⟦&amp;Rémóvé ŧĥé šéłéçŧéđ šŧép········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Times of day</source>
        <translation>⟦&amp;Tíméš óf đáý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Where it comes from</source>
        <translation>⟦&amp;Wĥéŕé íŧ çóméš fŕóm······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>A time of day is there twice.</source>
        <translation>⟦Á ŧímé óf đáý íš ŧĥéŕé ŧŵíçé.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Add a dose plan for {name}</source>
        <translation>⟦Áđđ á đóšé płáñ fóŕ {name}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>After the last step:</source>
        <translation>⟦Áfŧéŕ ŧĥé łášŧ šŧép:······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Change a dose plan for {name}</source>
        <translation>⟦Çĥáñğé á đóšé płáñ fóŕ {name}·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Checks on this plan</source>
        <translation>⟦Çĥéçķš óñ ŧĥíš płáñ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Days</source>
        <translation>⟦Đáýš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Each row is one step: the first day, how many days, and the dose in mg at each time of day (0 for none). Arrow keys move between cells; Tab leaves the table.</source>
        <translation>⟦Éáçĥ ŕóŵ íš óñé šŧép: ŧĥé fíŕšŧ đáý, ĥóŵ máñý đáýš, áñđ ŧĥé đóšé íñ mğ áŧ éáçĥ ŧímé óf đáý (0 fóŕ ñóñé). Áŕŕóŵ ķéýš móvé béŧŵééñ çéłłš; Ŧáb łéávéš ŧĥé ŧábłé.··············································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Enter the plan exactly as the doctor or nurse wrote it. The app checks it and shows it; it never changes it.</source>
        <translation>⟦Éñŧéŕ ŧĥé płáñ éxáçŧłý áš ŧĥé đóçŧóŕ óŕ ñúŕšé ŵŕóŧé íŧ. Ŧĥé ápp çĥéçķš íŧ áñđ šĥóŵš íŧ; íŧ ñévéŕ çĥáñğéš íŧ.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Follow this plan instead?</source>
        <translation>⟦Fółłóŵ ŧĥíš płáñ íñšŧéáđ?········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For a plan written like “10 mg three times a day”: one dose column, given at each time of day</source>
        <translation>⟦Fóŕ á płáñ ŵŕíŧŧéñ łíķé “10 mğ ŧĥŕéé ŧíméš á đáý”: óñé đóšé çółúmñ, ğívéñ áŧ éáçĥ ŧímé óf đáý···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For example: letter from Dr Lee, 20 November</source>
        <translation>⟦Fóŕ éxámpłé: łéŧŧéŕ fŕóm Đŕ Łéé, 20 Ñóvémbéŕ·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For: {name}</source>
        <translation>⟦Fóŕ: {name}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>From</source>
        <translation>⟦Fŕóm··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Keep &amp;giving the last step&apos;s doses</source>
        <translation>⟦Ķéép &amp;gívíñğ ŧĥé łášŧ šŧép&apos;š đóšéš··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Plan &amp;name</source>
        <translation>⟦Płáñ &amp;námé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Plan steps</source>
        <translation>⟦Płáñ šŧépš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please check this plan</source>
        <translation>⟦Płéášé çĥéçķ ŧĥíš płáñ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please check: {warnings}</source>
        <translation>⟦Płéášé çĥéçķ: {warnings}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please enter at least one time of day, like 08:00.</source>
        <translation>⟦Płéášé éñŧéŕ áŧ łéášŧ óñé ŧímé óf đáý, łíķé 08:00.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Same dose at &amp;every time (enter the dose once for each step)</source>
        <translation>⟦Šámé đóšé áŧ &amp;evéŕý ŧímé (éñŧéŕ ŧĥé đóšé óñçé fóŕ éáçĥ šŧép)··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Ste&amp;ps, one row each: the first day (like {example} or 2026-12-01), how many days, and the mg at each time (0 for none):</source>
        <translation>⟦Šŧé&amp;pš, óñé ŕóŵ éáçĥ: ŧĥé fíŕšŧ đáý (łíķé {example} óŕ 2026-12-01), ĥóŵ máñý đáýš, áñđ ŧĥé mğ áŧ éáçĥ ŧímé (0 fóŕ ñóñé):···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: please enter the dose at {time} in mg (0 for none).</source>
        <translation>⟦Šŧép {step}: płéášé éñŧéŕ ŧĥé đóšé áŧ {time} íñ mğ (0 fóŕ ñóñé).··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the first day</source>
        <translation>⟦Šŧép {step}: ŧĥé fíŕšŧ đáý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the first day must be a date like {example}.</source>
        <translation>⟦Šŧép {step}: ŧĥé fíŕšŧ đáý múšŧ bé á đáŧé łíķé {example}.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the number of days must be a whole number.</source>
        <translation>⟦Šŧép {step}: ŧĥé ñúmbéŕ óf đáýš múšŧ bé á ŵĥółé ñúmbéŕ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Then st&amp;op: no more doses</source>
        <translation>⟦Ŧĥéñ šŧ&amp;op: ñó móŕé đóšéš·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>This plan is being followed now: reminders give its doses</source>
        <translation>⟦Ŧĥíš płáñ íš béíñğ fółłóŵéđ ñóŵ: ŕémíñđéŕš ğívé íŧš đóšéš···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps}</source>
        <translation>⟦Ŧóŧáł á đáý, šŧép bý šŧép: {steps}········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps} → then stop</source>
        <translation>⟦Ŧóŧáł á đáý, šŧép bý šŧép: {steps} → ŧĥéñ šŧóp···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps} → then the last step&apos;s doses carry on until the plan is changed</source>
        <translation>⟦Ŧóŧáł á đáý, šŧép bý šŧép: {steps} → ŧĥéñ ŧĥé łášŧ šŧép&apos;š đóšéš çáŕŕý óñ úñŧíł ŧĥé płáñ íš çĥáñğéđ···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>What happens after the last step? Please choose below: keep its doses, or stop.</source>
        <translation>⟦Ŵĥáŧ ĥáppéñš áfŧéŕ ŧĥé łášŧ šŧép? Płéášé çĥóóšé béłóŵ: ķéép íŧš đóšéš, óŕ šŧóp.·························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>e.g. {times}</source>
        <translation>⟦é.ğ. {times}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>mg at each time ({times})</source>
        <translation>⟦mğ áŧ éáçĥ ŧímé ({times})·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>mg at {time}</source>
        <translation>⟦mğ áŧ {time}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{medicine} (archived)</source>
        <translation>⟦{medicine} (áŕçĥívéđ)···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{medicine} (pump)</source>
        <translation>⟦{medicine} (púmp)··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{mg} mg</source>
        <translation>⟦{mg} mğ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{warnings}

Save the plan as written anyway?</source>
        <translation>⟦{warnings}

Šávé ŧĥé płáñ áš ŵŕíŧŧéñ áñýŵáý?··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>“{plan}” is being followed for this medicine now. Only one plan can set the reminders: stop following “{plan}” (it stays on the Plans page) and follow this one?</source>
        <translation>⟦“{plan}” íš béíñğ fółłóŵéđ fóŕ ŧĥíš méđíçíñé ñóŵ. Óñłý óñé płáñ çáñ šéŧ ŧĥé ŕémíñđéŕš: šŧóp fółłóŵíñğ “{plan}” (íŧ šŧáýš óñ ŧĥé Płáñš páğé) áñđ fółłóŵ ŧĥíš óñé?·············································⟧</translation>
    </message>
</context>
<context>
    <name>ui.plan_views</name>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Days of the month</source>
        <translation>⟦Đáýš óf ŧĥé móñŧĥ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Next month</source>
        <translation>⟦Ñéxŧ móñŧĥ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Plan calendar</source>
        <translation>⟦Płáñ çáłéñđáŕ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Plan chart: mg a day over time</source>
        <translation>⟦Płáñ çĥáŕŧ: mğ á đáý óvéŕ ŧímé·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Previous month</source>
        <translation>⟦Pŕévíóúš móñŧĥ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Shaded, bold: a day of a plan&apos;s step. Green, italic and underlined: a day with a dose-change check-in.</source>
        <translation>⟦Šĥáđéđ, bółđ: á đáý óf á płáñ&apos;š šŧép. Ğŕééñ, íŧáłíç áñđ úñđéŕłíñéđ: á đáý ŵíŧĥ á đóšé-çĥáñğé çĥéçķ-íñ.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>The chosen day&apos;s step</source>
        <translation>⟦Ŧĥé çĥóšéñ đáý&apos;š šŧép·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>from {start} to {end}: {mg} mg a day</source>
        <translation>⟦fŕóm {start} ŧó {end}: {mg} mğ á đáý·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>today</source>
        <translation>⟦ŧóđáý··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: no step of a plan.</source>
        <translation>⟦{day}: ñó šŧép óf á płáñ.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: no step starts or runs that day; the reminders carry on with the step from {start} ({mg} mg a day) of “{plan}”.</source>
        <translation>⟦{day}: ñó šŧép šŧáŕŧš óŕ ŕúñš ŧĥáŧ đáý; ŧĥé ŕémíñđéŕš çáŕŕý óñ ŵíŧĥ ŧĥé šŧép fŕóm {start} ({mg} mğ á đáý) óf “{plan}”.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: {mg} mg a day — step {step} of {steps} of “{plan}” (not followed: its doses are not reminded).</source>
        <translation>⟦{day}: {mg} mğ á đáý — šŧép {step} óf {steps} óf “{plan}” (ñóŧ fółłóŵéđ: íŧš đóšéš áŕé ñóŧ ŕémíñđéđ).···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: {mg} mg a day — step {step} of {steps} of “{plan}”.</source>
        <translation>⟦{day}: {mg} mğ á đáý — šŧép {step} óf {steps} óf “{plan}”.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{mg} mg</source>
        <translation>⟦{mg} mğ·⟧</translation>
    </message>
</context>
<context>
    <name>ui.printing</name>
    <message>
        <location filename="../src/caregiver_app/ui/printing.py"/>
        <source>Document</source>
        <translation>⟦Đóçúméñŧ···⟧</translation>
    </message>
</context>
<context>
    <name>ui.prompts</name>
    <message>
        <location filename="../src/caregiver_app/ui/prompts.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>⟦PĐF fíłéš (*.pđf)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/prompts.py"/>
        <source>Which day this time means</source>
        <translation>⟦Ŵĥíçĥ đáý ŧĥíš ŧímé méáñš········⟧</translation>
    </message>
</context>
<context>
    <name>ui.red_flags</name>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&amp;Close</source>
        <translation>⟦&amp;Cłóšé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>⟦&lt;b&gt;Đóçŧóŕ / pŕéšçŕíbéŕ:&lt;/b&gt; ñóñé ŕéçóŕđéđ (áđđ óñé ŵíŧĥ Péópłé ▸ Éđíŧ ŧĥíš péŕšóñ).·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; {prescriber}</source>
        <translation>⟦&lt;b&gt;Đóçŧóŕ / pŕéšçŕíbéŕ:&lt;/b&gt; {prescriber}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>⟦&lt;b&gt;Éméŕğéñçý çóñŧáçŧ:&lt;/b&gt; ñóñé ŕéçóŕđéđ (áđđ óñé ŵíŧĥ Péópłé ▸ Éđíŧ ŧĥíš péŕšóñ).·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; {contact}</source>
        <translation>⟦&lt;b&gt;Éméŕğéñçý çóñŧáçŧ:&lt;/b&gt; {contact}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign recorded — act now</source>
        <translation>⟦Đáñğéŕ šíğñ ŕéçóŕđéđ — áçŧ ñóŵ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign — act now</source>
        <translation>⟦Đáñğéŕ šíğñ — áçŧ ñóŵ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Open &amp;emergency signs</source>
        <translation>⟦Ópéñ &amp;eméŕğéñçý šíğñš·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Opens the Information page on emergency signs</source>
        <translation>⟦Ópéñš ŧĥé Íñfóŕmáŧíóñ páğé óñ éméŕğéñçý šíğñš················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Recorded for {name}: {signs}.</source>
        <translation>⟦Ŕéçóŕđéđ fóŕ {name}: {signs}.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>This app does not give medical advice. If you are worried, call the doctor or the emergency number.</source>
        <translation>⟦Ŧĥíš ápp đóéš ñóŧ ğívé méđíçáł áđvíçé. Íf ýóú áŕé ŵóŕŕíéđ, çáłł ŧĥé đóçŧóŕ óŕ ŧĥé éméŕğéñçý ñúmbéŕ.································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Ticked for {name}: {signs}. Act on it now; the diary entry is saved with it when you save.</source>
        <translation>⟦Ŧíçķéđ fóŕ {name}: {signs}. Áçŧ óñ íŧ ñóŵ; ŧĥé đíáŕý éñŧŕý íš šávéđ ŵíŧĥ íŧ ŵĥéñ ýóú šávé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>this person</source>
        <translation>⟦ŧĥíš péŕšóñ····⟧</translation>
    </message>
</context>
<context>
    <name>ui.reminders</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>%n notices: see Today</source>
        <extracomment>English singular: %n notice: see Today</extracomment>
        <translation>
            <numerusform>⟦%n ñóŧíçé: šéé Ŧóđáý······⟧</numerusform>
            <numerusform>⟦%n ñóŧíçéš: šéé Ŧóđáý······⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Not taken</source>
        <translation>⟦&amp;Nóŧ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Skip…</source>
        <translation>⟦&amp;Sķíp…·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Taken now</source>
        <translation>⟦&amp;Táķéñ ñóŵ···⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>(and %n earlier doses still to answer)</source>
        <extracomment>English singular: (and %n earlier dose still to answer)</extracomment>
        <translation>
            <numerusform>⟦(áñđ %n éáŕłíéŕ đóšé šŧíłł ŧó áñšŵéŕ)···········⟧</numerusform>
            <numerusform>⟦(áñđ %n éáŕłíéŕ đóšéš šŧíłł ŧó áñšŵéŕ)···········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&lt;b&gt;Do not double up.&lt;/b&gt; Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse. If the next dose is less than 2 hours away, leave the missed one out and take the next at the usual time.</source>
        <translation>⟦&lt;b&gt;Đó ñóŧ đóúbłé úp.&lt;/b&gt; Ñévéŕ ŧáķé 2 đóšéš áŧ óñçé óŕ áñ éxŧŕá đóšé ŧó máķé úp fóŕ á míššéđ óñé. Íf úñšúŕé, ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé. Íf ŧĥé ñéxŧ đóšé íš łéšš ŧĥáñ 2 ĥóúŕš áŵáý, łéávé ŧĥé míššéđ óñé óúŧ áñđ ŧáķé ŧĥé ñéxŧ áŧ ŧĥé úšúáł ŧímé.·······································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Baclofen should not be stopped suddenly: stopping it suddenly can cause withdrawal, such as hallucinations or seizures. If doses are being skipped (because of side effects, or for another reason), talk to your doctor or nurse.</source>
        <translation>⟦Báçłóféñ šĥóúłđ ñóŧ bé šŧóppéđ šúđđéñłý: šŧóppíñğ íŧ šúđđéñłý çáñ çáúšé ŵíŧĥđŕáŵáł, šúçĥ áš ĥáłłúçíñáŧíóñš óŕ šéížúŕéš. Íf đóšéš áŕé béíñğ šķíppéđ (béçáúšé óf šíđé éfféçŧš, óŕ fóŕ áñóŧĥéŕ ŕéášóñ), ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.·········································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Caregiver Assistant: please act soon</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ: płéášé áçŧ šóóñ············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Check-in: how are things today?</source>
        <translation>⟦Çĥéçķ-íñ: ĥóŵ áŕé ŧĥíñğš ŧóđáý?··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Closing this window snoozes the reminder for 10 minutes.</source>
        <translation>⟦Çłóšíñğ ŧĥíš ŵíñđóŵ šñóóžéš ŧĥé ŕémíñđéŕ fóŕ 10 míñúŧéš.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Decide &amp;later</source>
        <translation>⟦Đéçíđé &amp;láŧéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Don&apos;t log</source>
        <translation>⟦Đóñ&apos;ŧ łóğ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Doses due now</source>
        <translation>⟦Đóšéš đúé ñóŵ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: leave it out; take the next dose at the usual time.</source>
        <translation>⟦Íf íŧ ŵáš ñóŧ ŧáķéñ: łéávé íŧ óúŧ; ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: see the medicine&apos;s leaflet.</source>
        <translation>⟦Íf íŧ ŵáš ñóŧ ŧáķéñ: šéé ŧĥé méđíçíñé&apos;š łéáfłéŧ.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: take it now.</source>
        <translation>⟦Íf íŧ ŵáš ñóŧ ŧáķéñ: ŧáķé íŧ ñóŵ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>It &amp;was taken</source>
        <translation>⟦Íŧ &amp;wáš ŧáķéñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Log it</source>
        <translation>⟦Łóğ íŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed a dose: what to do</source>
        <translation>⟦Míššéđ á đóšé: ŵĥáŧ ŧó đó········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed dose guidance</source>
        <translation>⟦Míššéđ đóšé ğúíđáñçé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses</source>
        <translation>⟦Míššéđ đóšéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses — was it taken?</source>
        <translation>⟦Míššéđ đóšéš — ŵáš íŧ ŧáķéñ?········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed — was it taken?</source>
        <translation>⟦Míššéđ — ŵáš íŧ ŧáķéñ?······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Not saved</source>
        <translation>⟦Ñóŧ šávéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Reason (optional):</source>
        <translation>⟦Ŕéášóñ (ópŧíóñáł):······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Recorded as taken at its usual time</source>
        <translation>⟦Ŕéçóŕđéđ áš ŧáķéñ áŧ íŧš úšúáł ŧímé············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Skip this dose</source>
        <translation>⟦Šķíp ŧĥíš đóšé·····⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze %n minutes</source>
        <extracomment>English singular: Snooze %n minute</extracomment>
        <translation>
            <numerusform>⟦Šñóóžé %n míñúŧé·····⟧</numerusform>
            <numerusform>⟦Šñóóžé %n míñúŧéš·····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze {minutes} min</source>
        <translation>⟦Šñóóžé {minutes} míñ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Taken &amp;at…</source>
        <translation>⟦Ŧáķéñ &amp;aŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>These doses came due while the app was closed, the computer was asleep, or reminders were paused. Please say what happened, so the record is right: tick the doses (Space), or select one, then choose an answer.</source>
        <translation>⟦Ŧĥéšé đóšéš çámé đúé ŵĥíłé ŧĥé ápp ŵáš çłóšéđ, ŧĥé çómpúŧéŕ ŵáš ášłéép, óŕ ŕémíñđéŕš ŵéŕé páúšéđ. Płéášé šáý ŵĥáŧ ĥáppéñéđ, šó ŧĥé ŕéçóŕđ íš ŕíğĥŧ: ŧíçķ ŧĥé đóšéš (Špáçé), óŕ šéłéçŧ óñé, ŧĥéñ çĥóóšé áñ áñšŵéŕ.·································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Tick the doses this answer is for (Space ticks or unticks). Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse.</source>
        <translation>⟦Ŧíçķ ŧĥé đóšéš ŧĥíš áñšŵéŕ íš fóŕ (Špáçé ŧíçķš óŕ úñŧíçķš). Ñévéŕ ŧáķé 2 đóšéš áŧ óñçé óŕ áñ éxŧŕá đóšé ŧó máķé úp fóŕ á míššéđ óñé. Íf úñšúŕé, ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.····················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose</source>
        <translation>⟦Ŧímé fóŕ á đóšé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose — Caregiver Assistant</source>
        <translation>⟦Ŧímé fóŕ á đóšé — Çáŕéğívéŕ Áššíšŧáñŧ············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>What time was it taken?</source>
        <translation>⟦Ŵĥáŧ ŧímé ŵáš íŧ ŧáķéñ?·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>What to do about the selected dose</source>
        <translation>⟦Ŵĥáŧ ŧó đó ábóúŧ ŧĥé šéłéçŧéđ đóšé···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>When was it taken?</source>
        <translation>⟦Ŵĥéñ ŵáš íŧ ŧáķéñ?······⟧</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation>⟦&amp;Láñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation>⟦&amp;Téxŧ šížé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation>⟦Á ñéŵ łáñğúáğé íš úšéđ ŧĥé ñéxŧ ŧímé Çáŕéğívéŕ Áššíšŧáñŧ šŧáŕŧš.·····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>⟦Łáñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation>⟦Ñóŧ áváíłábłé óñ ŧĥíš šýšŧém.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation>⟦Płáý á šóúñđ ŵíŧĥ ŕémíñđéŕš·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation>⟦Ŕémíñđéŕ šóúñđ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation>⟦Šámé áš ŧĥíš çómpúŧéŕ ({language})·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation>⟦Šéŧŧíñğš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation>⟦Šŧáŕŧ Çáŕéğívéŕ Áššíšŧáñŧ ŵĥéñ Í łóğ íñ (šó ŕémíñđéŕš çómé)···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation>⟦Šŧáŕŧ áŧ łóğíñ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation>⟦Ŧéxŧ šížé···⟧</translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation>⟦Éxŧŕá łáŕğé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation>⟦Łáŕğé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation>⟦Ñóŕmáł··⟧</translation>
    </message>
</context>
<context>
    <name>ui.tray</name>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Open Caregiver Assistant</source>
        <translation>⟦&amp;Opéñ Çáŕéğívéŕ Áššíšŧáñŧ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>⟦&amp;Páúšé ŕémíñđéŕš fóŕ 1 ĥóúŕ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Quit (reminders stop)</source>
        <translation>⟦&amp;Qúíŧ (ŕémíñđéŕš šŧóp)······⟧</translation>
    </message>
</context>
<context>
    <name>ui.widgets</name>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>Undo</source>
        <translation>⟦Úñđó··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>Undo what was just done</source>
        <translation>⟦Úñđó ŵĥáŧ ŵáš júšŧ đóñé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>What was just done</source>
        <translation>⟦Ŵĥáŧ ŵáš júšŧ đóñé······⟧</translation>
    </message>
</context>
</TS>
