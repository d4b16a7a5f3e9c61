<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
    <name>ui.backup_dialogs</name>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>&amp;Restore this backup…</source>
        <translation>⟦&amp;Réšŧóŕé ŧĥíš báçķúp…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>A checked copy of your data was saved to:
{path}

Keep it somewhere safe, for example on a USB stick.</source>
        <translation>⟦Á çĥéçķéđ çópý óf ýóúŕ đáŧá ŵáš šávéđ ŧó:
{path}

Ķéép íŧ šóméŵĥéŕé šáfé, fóŕ éxámpłé óñ á ÚŠB šŧíçķ.·····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>All files ({patterns})</source>
        <translation>⟦Áłł fíłéš ({patterns})···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Back up now</source>
        <translation>⟦Báçķ úp ñóŵ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup failed</source>
        <translation>⟦Báçķúp fáíłéđ·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup failed: {reason}</source>
        <translation>⟦Báçķúp fáíłéđ: {reason}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup made at {time}.</source>
        <translation>⟦Báçķúp máđé áŧ {time}.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup not made</source>
        <translation>⟦Báçķúp ñóŧ máđé·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup not made: {reason}</source>
        <translation>⟦Báçķúp ñóŧ máđé: {reason}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup restored</source>
        <translation>⟦Báçķúp ŕéšŧóŕéđ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup saved</source>
        <translation>⟦Báçķúp šávéđ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup saved to {path}.</source>
        <translation>⟦Báçķúp šávéđ ŧó {path}.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backups</source>
        <translation>⟦Báçķúpš···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backups cannot be listed</source>
        <translation>⟦Báçķúpš çáññóŧ bé łíšŧéđ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Cancel</source>
        <translation>⟦Çáñçéł··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Caregiver Assistant backups ({patterns})</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ báçķúpš ({patterns})··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Choose the backup to go back to. Everything entered after it was made is replaced by the backup. Your data as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>⟦Çĥóóšé ŧĥé báçķúp ŧó ğó báçķ ŧó. Évéŕýŧĥíñğ éñŧéŕéđ áfŧéŕ íŧ ŵáš máđé íš ŕépłáçéđ bý ŧĥé báçķúp. Ýóúŕ đáŧá áš íŧ íš ñóŵ íš báçķéđ úp fíŕšŧ, šó á ŕéšŧóŕé çáñ íŧšéłf bé úñđóñé.······················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Close</source>
        <translation>⟦Çłóšé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Diary entries</source>
        <translation>⟦Đíáŕý éñŧŕíéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Doses</source>
        <translation>⟦Đóšéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Go back to the backup made {when}? It holds {contents}.

Everything entered since then is replaced. Your data as it is now is backed up first, so you can return to it by restoring that backup (marked “before a restore”).

The app restarts its window to show the restored data.</source>
        <translation>⟦Ğó báçķ ŧó ŧĥé báçķúp máđé {when}? Íŧ ĥółđš {contents}.

Évéŕýŧĥíñğ éñŧéŕéđ šíñçé ŧĥéñ íš ŕépłáçéđ. Ýóúŕ đáŧá áš íŧ íš ñóŵ íš báçķéđ úp fíŕšŧ, šó ýóú çáñ ŕéŧúŕñ ŧó íŧ bý ŕéšŧóŕíñğ ŧĥáŧ báçķúp (máŕķéđ “béfóŕé á ŕéšŧóŕé”).

Ŧĥé ápp ŕéšŧáŕŧš íŧš ŵíñđóŵ ŧó šĥóŵ ŧĥé ŕéšŧóŕéđ đáŧá.················································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Kind</source>
        <translation>⟦Ķíñđ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Made</source>
        <translation>⟦Máđé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Other choices…</source>
        <translation>⟦Óŧĥéŕ çĥóíçéš…·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>People</source>
        <translation>⟦Péópłé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore</source>
        <translation>⟦Ŕéšŧóŕé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a &amp;file…</source>
        <translation>⟦Ŕéšŧóŕé fŕóm á &amp;fíłé…······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup</source>
        <translation>⟦Ŕéšŧóŕé fŕóm á báçķúp·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup file</source>
        <translation>⟦Ŕéšŧóŕé fŕóm á báçķúp fíłé·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup file elsewhere</source>
        <translation>⟦Ŕéšŧóŕé fŕóm á báçķúp fíłé éłšéŵĥéŕé············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore the newest good backup?</source>
        <translation>⟦Ŕéšŧóŕé ŧĥé ñéŵéšŧ ğóóđ báçķúp?··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore the selected backup</source>
        <translation>⟦Ŕéšŧóŕé ŧĥé šéłéçŧéđ báçķúp··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore this backup</source>
        <translation>⟦Ŕéšŧóŕé ŧĥíš báçķúp·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore this backup?</source>
        <translation>⟦Ŕéšŧóŕé ŧĥíš báçķúp?·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The backup could not be restored</source>
        <translation>⟦Ŧĥé báçķúp çóúłđ ñóŧ bé ŕéšŧóŕéđ···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The backup failed ({reason}). Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé báçķúp fáíłéđ ({reason}). Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The restore did not happen: {reason}

Your data is as it was before.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé đíđ ñóŧ ĥáppéñ: {reason}

Ýóúŕ đáŧá íš áš íŧ ŵáš béfóŕé.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>There are no backups yet. The app makes one each time it starts and once a day.</source>
        <translation>⟦Ŧĥéŕé áŕé ñó báçķúpš ýéŧ. Ŧĥé ápp máķéš óñé éáçĥ ŧímé íŧ šŧáŕŧš áñđ óñçé á đáý.························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>This backup cannot be restored</source>
        <translation>⟦Ŧĥíš báçķúp çáññóŧ bé ŕéšŧóŕéđ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Your data was restored from the backup made {when} ({contents}).

The damaged file was kept as:
{file}</source>
        <translation>⟦Ýóúŕ đáŧá ŵáš ŕéšŧóŕéđ fŕóm ŧĥé báçķúp máđé {when} ({contents}).

Ŧĥé đámáğéđ fíłé ŵáš ķépŧ áš:
{file}························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Your data was restored from the backup made {when} ({contents}).

Your data as it was just before is kept in the backup:
{file}</source>
        <translation>⟦Ýóúŕ đáŧá ŵáš ŕéšŧóŕéđ fŕóm ŧĥé báçķúp máđé {when} ({contents}).

Ýóúŕ đáŧá áš íŧ ŵáš júšŧ béfóŕé íš ķépŧ íñ ŧĥé báçķúp:
{file}·······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>automatic</source>
        <translation>⟦áúŧómáŧíç····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>before a restore</source>
        <translation>⟦béfóŕé á ŕéšŧóŕé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>before an import</source>
        <translation>⟦béfóŕé áñ ímpóŕŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>damaged</source>
        <translation>⟦đámáğéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>unknown time</source>
        <translation>⟦úñķñóŵñ ŧímé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{date} {year}, {time}</source>
        <translation>⟦{date} {year}, {time}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{file} {problem}.

Nothing was changed. Choose another backup.</source>
        <translation>⟦{file} {problem}.

Ñóŧĥíñğ ŵáš çĥáñğéđ. Çĥóóšé áñóŧĥéŕ báçķúp.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{problem}

The newest backup that passes its check was made {when} and holds {contents}. Restore it? Anything entered after it was made is not in it. The damaged file is kept beside the data file (renamed), so it can still be rescued later.</source>
        <translation>⟦{problem}

Ŧĥé ñéŵéšŧ báçķúp ŧĥáŧ páššéš íŧš çĥéçķ ŵáš máđé {when} áñđ ĥółđš {contents}. Ŕéšŧóŕé íŧ? Áñýŧĥíñğ éñŧéŕéđ áfŧéŕ íŧ ŵáš máđé íš ñóŧ íñ íŧ. Ŧĥé đámáğéđ fíłé íš ķépŧ béšíđé ŧĥé đáŧá fíłé (ŕéñáméđ), šó íŧ çáñ šŧíłł bé ŕéšçúéđ łáŧéŕ.··································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{reason}

The app tries again every hour. You can also use File &gt; Back up now… to save a copy somewhere else.</source>
        <translation>⟦{reason}

Ŧĥé ápp ŧŕíéš áğáíñ évéŕý ĥóúŕ. Ýóú çáñ áłšó úšé Fíłé &gt; Báçķ úp ñóŵ… ŧó šávé á çópý šóméŵĥéŕé éłšé.······························⟧</translation>
    </message>
</context>
<context>
    <name>ui.checkin</name>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Done</source>
        <translation>⟦&amp;Dóñé·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Emergency signs</source>
        <translation>⟦&amp;Eméŕğéñçý šíğñš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Later</source>
        <translation>⟦&amp;Láŧéŕ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;None of these</source>
        <translation>⟦&amp;Nóñé óf ŧĥéšé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;None of these  (Enter)</source>
        <translation>⟦&amp;Nóñé óf ŧĥéšé  (Éñŧéŕ)······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Save answer</source>
        <translation>⟦&amp;Sávé áñšŵéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Save changes</source>
        <translation>⟦&amp;Sávé çĥáñğéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Danger signs&lt;/b&gt; (what to do comes up the moment one is ticked):</source>
        <translation>⟦&lt;b&gt;Đáñğéŕ šíğñš&lt;/b&gt; (ŵĥáŧ ŧó đó çóméš úp ŧĥé móméñŧ óñé íš ŧíçķéđ):··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Recorded in the diary&lt;/b&gt; (danger signs: {signs}). Add anything else, then Save changes.</source>
        <translation>⟦&lt;b&gt;Ŕéçóŕđéđ íñ ŧĥé đíáŕý&lt;/b&gt; (đáñğéŕ šíğñš: {signs}). Áđđ áñýŧĥíñğ éłšé, ŧĥéñ Šávé çĥáñğéš.························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Recorded in the diary&lt;/b&gt;. Add anything else, then Save changes.</source>
        <translation>⟦&lt;b&gt;Ŕéçóŕđéđ íñ ŧĥé đíáŕý&lt;/b&gt;. Áđđ áñýŧĥíñğ éłšé, ŧĥéñ Šávé çĥáñğéš.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Side effects&lt;/b&gt;:</source>
        <translation>⟦&lt;b&gt;Šíđé éfféçŧš&lt;/b&gt;:····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Already answered</source>
        <translation>⟦Áłŕéáđý áñšŵéŕéđ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Answer later (it stays on Today until the end of today)</source>
        <translation>⟦Áñšŵéŕ łáŧéŕ (íŧ šŧáýš óñ Ŧóđáý úñŧíł ŧĥé éñđ óf ŧóđáý)·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Answer later (it stays on Today)</source>
        <translation>⟦Áñšŵéŕ łáŧéŕ (íŧ šŧáýš óñ Ŧóđáý)··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Check-in for {name}</source>
        <translation>⟦Çĥéçķ-íñ fóŕ {name}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Check-in — Caregiver Assistant</source>
        <translation>⟦Çĥéçķ-íñ — Çáŕéğívéŕ Áššíšŧáñŧ··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Danger sign: {sign}</source>
        <translation>⟦Đáñğéŕ šíğñ: {sign}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>How are things today?</source>
        <translation>⟦Ĥóŵ áŕé ŧĥíñğš ŧóđáý?·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Leave it empty if it was not scored.</source>
        <translation>⟦Łéávé íŧ émpŧý íf íŧ ŵáš ñóŧ šçóŕéđ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>N&amp;ote:</source>
        <translation>⟦Ñ&amp;oŧé:·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>None of these</source>
        <translation>⟦Ñóñé óf ŧĥéšé····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Not saved: {reason}</source>
        <translation>⟦Ñóŧ šávéđ: {reason}···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Note</source>
        <translation>⟦Ñóŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Recorded</source>
        <translation>⟦Ŕéçóŕđéđ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>S&amp;pasticity in the last 24 hours (0 none, 10 worst possible):</source>
        <translation>⟦Š&amp;pášŧíçíŧý íñ ŧĥé łášŧ 24 ĥóúŕš (0 ñóñé, 10 ŵóŕšŧ póššíbłé):················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Save answer</source>
        <translation>⟦Šávé áñšŵéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Side effect: {effect}</source>
        <translation>⟦Šíđé éfféçŧ: {effect}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Spasticity in the last 24 hours, 0 to 10</source>
        <translation>⟦Špášŧíçíŧý íñ ŧĥé łášŧ 24 ĥóúŕš, 0 ŧó 10··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Spasticity is a whole number from 0 (none) to 10 (worst possible), or left empty.</source>
        <translation>⟦Špášŧíçíŧý íš á ŵĥółé ñúmbéŕ fŕóm 0 (ñóñé) ŧó 10 (ŵóŕšŧ póššíbłé), óŕ łéfŧ émpŧý.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>The danger sign is recorded; the score is not yet: {problem}</source>
        <translation>⟦Ŧĥé đáñğéŕ šíğñ íš ŕéçóŕđéđ; ŧĥé šçóŕé íš ñóŧ ýéŧ: {problem}················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>These questions are the app&apos;s, not medical advice: if anything worries you, talk to your doctor or nurse.</source>
        <translation>⟦Ŧĥéšé qúéšŧíóñš áŕé ŧĥé ápp&apos;š, ñóŧ méđíçáł áđvíçé: íf áñýŧĥíñğ ŵóŕŕíéš ýóú, ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.·································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>{line} — not answered on the day; answer it now for that day</source>
        <translation>⟦{line} — ñóŧ áñšŵéŕéđ óñ ŧĥé đáý; áñšŵéŕ íŧ ñóŵ fóŕ ŧĥáŧ đáý················⟧</translation>
    </message>
</context>
<context>
    <name>ui.diary_form</name>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;Alcohol or other sedating medicines today</source>
        <translation>⟦&amp;Ałçóĥół óŕ óŧĥéŕ šéđáŧíñğ méđíçíñéš ŧóđáý··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;Danger signs — tick only what happened; these need action now</source>
        <translation>⟦&amp;Dáñğéŕ šíğñš — ŧíçķ óñłý ŵĥáŧ ĥáppéñéđ; ŧĥéšé ñééđ áçŧíóñ ñóŵ···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;When</source>
        <translation>⟦&amp;Wĥéñ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>0 no pain – 10 worst possible</source>
        <translation>⟦0 ñó páíñ – 10 ŵóŕšŧ póššíbłé········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>0 none – 10 worst possible</source>
        <translation>⟦0 ñóñé – 10 ŵóŕšŧ póššíbłé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Alcohol and other sedating medicines (sleeping pills, opioids, some antihistamines) add to drowsiness.</source>
        <translation>⟦Áłçóĥół áñđ óŧĥéŕ šéđáŧíñğ méđíçíñéš (šłéépíñğ píłłš, ópíóíđš, šómé áñŧíĥíšŧámíñéš) áđđ ŧó đŕóŵšíñéšš.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Anything else, up to {count} characters.</source>
        <translation>⟦Áñýŧĥíñğ éłšé, úp ŧó {count} çĥáŕáçŧéŕš.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Call the emergency number</source>
        <translation>⟦Çáłł ŧĥé éméŕğéñçý ñúmbéŕ·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Cancel changes</source>
        <translation>⟦Çáñçéł çĥáñğéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Changing the entry of {when}. Save keeps the change (it can be undone); Cancel changes leaves the entry as it was.</source>
        <translation>⟦Çĥáñğíñğ ŧĥé éñŧŕý óf {when}. Šávé ķéépš ŧĥé çĥáñğé (íŧ çáñ bé úñđóñé); Çáñçéł çĥáñğéš łéávéš ŧĥé éñŧŕý áš íŧ ŵáš.·································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Clear form</source>
        <translation>⟦Çłéáŕ fóŕm····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Contact the doctor now</source>
        <translation>⟦Çóñŧáçŧ ŧĥé đóçŧóŕ ñóŵ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Ctrl+Enter saves</source>
        <translation>⟦Çŧŕł+Éñŧéŕ šávéš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Danger signs</source>
        <translation>⟦Đáñğéŕ šíğñš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Date and time of the entry; it starts as now.</source>
        <translation>⟦Đáŧé áñđ ŧímé óf ŧĥé éñŧŕý; íŧ šŧáŕŧš áš ñóŵ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Diary status</source>
        <translation>⟦Đíáŕý šŧáŧúš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Fill in the values of the last entry (Ctrl+L); danger signs and notes are not copied</source>
        <translation>⟦Fíłł íñ ŧĥé váłúéš óf ŧĥé łášŧ éñŧŕý (Çŧŕł+Ł); đáñğéŕ šíğñš áñđ ñóŧéš áŕé ñóŧ çópíéđ··························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Hours of sleep last night (0 to 24; halves allowed).</source>
        <translation>⟦Ĥóúŕš óf šłéép łášŧ ñíğĥŧ (0 ŧó 24; ĥáłvéš áłłóŵéđ).··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>How many times spasms woke them last night.</source>
        <translation>⟦Ĥóŵ máñý ŧíméš špášmš ŵóķé ŧĥém łášŧ ñíğĥŧ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Note&amp;s</source>
        <translation>⟦Ñóŧé&amp;s··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Now</source>
        <translation>⟦Ñóŵ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Other side effects</source>
        <translation>⟦Óŧĥéŕ šíđé éfféçŧš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Other side effects, in your words.</source>
        <translation>⟦Óŧĥéŕ šíđé éfféçŧš, íñ ýóúŕ ŵóŕđš.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Pa&amp;in</source>
        <translation>⟦Pá&amp;iñ·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Pain</source>
        <translation>⟦Páíñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>S&amp;leep</source>
        <translation>⟦Š&amp;léép··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Same as last entry (Ctrl+L)</source>
        <translation>⟦Šámé áš łášŧ éñŧŕý (Çŧŕł+Ł)········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>⟦Šávé (Çŧŕł+Éñŧéŕ)·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Save changes</source>
        <translation>⟦Šávé çĥáñğéš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Save entry</source>
        <translation>⟦Šávé éñŧŕý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Saves the entry. Ctrl+Enter saves from any field.</source>
        <translation>⟦Šávéš ŧĥé éñŧŕý. Çŧŕł+Éñŧéŕ šávéš fŕóm áñý fíéłđ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Se&amp;verity, when there were spasms (click one, or press 1 to 3)</source>
        <translation>⟦Šé&amp;véŕíŧý, ŵĥéñ ŧĥéŕé ŵéŕé špášmš (çłíçķ óñé, óŕ pŕéšš 1 ŧó 3)·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Set the time to now</source>
        <translation>⟦Šéŧ ŧĥé ŧímé ŧó ñóŵ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects</source>
        <translation>⟦Šíđé éfféçŧš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects noticed today. Space ticks; arrow keys move between them.</source>
        <translation>⟦Šíđé éfféçŧš ñóŧíçéđ ŧóđáý. Špáçé ŧíçķš; áŕŕóŵ ķéýš móvé béŧŵééñ ŧĥém.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects t&amp;oday</source>
        <translation>⟦Šíđé éfféçŧš ŧ&amp;ođáý······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Sleep hours</source>
        <translation>⟦Šłéép ĥóúŕš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spas&amp;ms {recall} (click one, or press 0 to 4)</source>
        <translation>⟦Špáš&amp;mš {recall} (çłíçķ óñé, óŕ pŕéšš 0 ŧó 4)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasm frequency (Penn scale)</source>
        <translation>⟦Špášm fŕéqúéñçý (Péññ šçáłé)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasm severity (Penn scale)</source>
        <translation>⟦Špášm šévéŕíŧý (Péññ šçáłé)·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasticit&amp;y</source>
        <translation>⟦Špášŧíçíŧ&amp;y····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasticity</source>
        <translation>⟦Špášŧíçíŧý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Stretching / physiotherapy done</source>
        <translation>⟦Šŧŕéŧçĥíñğ / pĥýšíóŧĥéŕápý đóñé···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Tick only what happened. These need action now, not at the next appointment.</source>
        <translation>⟦Ŧíçķ óñłý ŵĥáŧ ĥáppéñéđ. Ŧĥéšé ñééđ áçŧíóñ ñóŵ, ñóŧ áŧ ŧĥé ñéxŧ áppóíñŧméñŧ.························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Wo&amp;ken</source>
        <translation>⟦Ŵó&amp;kéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Woken by spasms</source>
        <translation>⟦Ŵóķéñ bý špášmš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>hours last night</source>
        <translation>⟦ĥóúŕš łášŧ ñíğĥŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>optional</source>
        <translation>⟦ópŧíóñáł···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>other side effects, in your words (optional)</source>
        <translation>⟦óŧĥéŕ šíđé éfféçŧš, íñ ýóúŕ ŵóŕđš (ópŧíóñáł)··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>times by spasms</source>
        <translation>⟦ŧíméš bý špášmš·····⟧</translation>
    </message>
</context>
<context>
    <name>ui.diary_model</name>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Alcohol or sedating medicines; stretching or physiotherapy</source>
        <translation>⟦Áłçóĥół óŕ šéđáŧíñğ méđíçíñéš; šŧŕéŧçĥíñğ óŕ pĥýšíóŧĥéŕápý····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Also</source>
        <translation>⟦Áłšó··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in for {day}.</source>
        <translation>⟦Çĥéçķ-íñ fóŕ {day}.····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in for {day}: none of the signs asked about.</source>
        <translation>⟦Çĥéçķ-íñ fóŕ {day}: ñóñé óf ŧĥé šíğñš ášķéđ ábóúŧ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in.</source>
        <translation>⟦Çĥéçķ-íñ.···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in: none of the signs asked about.</source>
        <translation>⟦Çĥéçķ-íñ: ñóñé óf ŧĥé šíğñš ášķéđ ábóúŧ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger sign recorded: {signs}</source>
        <translation>⟦Đáñğéŕ šíğñ ŕéçóŕđéđ: {signs}·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger signs</source>
        <translation>⟦Đáñğéŕ šíğñš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger signs recorded: these needed action at once</source>
        <translation>⟦Đáñğéŕ šíğñš ŕéçóŕđéđ: ŧĥéšé ñééđéđ áçŧíóñ áŧ óñçé·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Date and time of the entry</source>
        <translation>⟦Đáŧé áñđ ŧímé óf ŧĥé éñŧŕý········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Hours of sleep</source>
        <translation>⟦Ĥóúŕš óf šłéép·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>How bad the spasms were, 1–3 (the Penn scale)</source>
        <translation>⟦Ĥóŵ báđ ŧĥé špášmš ŵéŕé, 1–3 (ŧĥé Péññ šçáłé)············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>How often spasms came in the last 24 hours, 0–4 (the Penn scale)</source>
        <translation>⟦Ĥóŵ ófŧéñ špášmš çámé íñ ŧĥé łášŧ 24 ĥóúŕš, 0–4 (ŧĥé Péññ šçáłé)··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Notes</source>
        <translation>⟦Ñóŧéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Pain</source>
        <translation>⟦Páíñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Pain 0–10</source>
        <translation>⟦Páíñ 0–10··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Severity</source>
        <translation>⟦Šévéŕíŧý···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Side effects</source>
        <translation>⟦Šíđé éfféçŧš····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Side effects ticked, and others in words</source>
        <translation>⟦Šíđé éfféçŧš ŧíçķéđ, áñđ óŧĥéŕš íñ ŵóŕđš·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Sleep</source>
        <translation>⟦Šłéép··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasms</source>
        <translation>⟦Špášmš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasticity</source>
        <translation>⟦Špášŧíçíŧý····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasticity 0–10</source>
        <translation>⟦Špášŧíçíŧý 0–10····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Times spasms woke them</source>
        <translation>⟦Ŧíméš špášmš ŵóķé ŧĥém········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>When</source>
        <translation>⟦Ŵĥéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Woken</source>
        <translation>⟦Ŵóķéñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>alcohol/sedatives</source>
        <translation>⟦áłçóĥół/šéđáŧívéš······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>none</source>
        <translation>⟦ñóñé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>stretching</source>
        <translation>⟦šŧŕéŧçĥíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{column}: {value}</source>
        <translation>⟦{column}: {value}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{date} {year} {time}</source>
        <translation>⟦{date} {year} {time}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{tip} (not sortable)</source>
        <translation>⟦{tip} (ñóŧ šóŕŧábłé)····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{when}  (check-in)</source>
        <translation>⟦{when}  (çĥéçķ-íñ)···⟧</translation>
    </message>
</context>
<context>
    <name>ui.info_browser</name>
    <message>
        <location filename="../src/caregiver_app/ui/info_browser.py"/>
        <source>(website: {address})</source>
        <translation>⟦(ŵébšíŧé: {address})···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/info_browser.py"/>
        <source>This link leaves the app and opens {address} in your web browser. Open it?</source>
        <translation>⟦Ŧĥíš łíñķ łéávéš ŧĥé ápp áñđ ópéñš {address} íñ ýóúŕ ŵéb bŕóŵšéŕ. Ópéñ íŧ?····················⟧</translation>
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
</TS>
