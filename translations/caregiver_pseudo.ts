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
