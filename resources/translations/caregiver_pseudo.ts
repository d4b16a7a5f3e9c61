<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ui.pages.base</name>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Add a person…</source>
        <translation>⟦Áđđ á péŕšóñ…····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Archive {what}</source>
        <translation>⟦Áŕçĥívé {what}···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Archived “{name}”. Ctrl+Z brings it back.</source>
        <translation>⟦Áŕçĥívéđ “{name}”. Çŧŕł+Ž bŕíñğš íŧ báçķ.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>For: {name}</source>
        <translation>⟦Fóŕ: {name}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Nobody to care for yet. Start by adding the person you look after (you can add more people later).

New here? The guide “Using this app” (in the Help menu) shows what each page does, with pictures. For emergency signs, press F1 at any time.</source>
        <translation>⟦Ñóbóđý ŧó çáŕé fóŕ ýéŧ. Šŧáŕŧ bý áđđíñğ ŧĥé péŕšóñ ýóú łóóķ áfŧéŕ (ýóú çáñ áđđ móŕé péópłé łáŧéŕ).

Ñéŵ ĥéŕé? Ŧĥé ğúíđé “Úšíñğ ŧĥíš ápp” (íñ ŧĥé Ĥéłp méñú) šĥóŵš ŵĥáŧ éáçĥ páğé đóéš, ŵíŧĥ píçŧúŕéš. Fóŕ éméŕğéñçý šíğñš, pŕéšš F1 áŧ áñý ŧímé.········································································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Not saved</source>
        <translation>⟦Ñóŧ šávéđ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Page</source>
        <translation>⟦Páğé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Restore {what}</source>
        <translation>⟦Ŕéšŧóŕé {what}···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Restored “{name}”.</source>
        <translation>⟦Ŕéšŧóŕéđ “{name}”.···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/base.py"/>
        <source>Undone: {action}.</source>
        <translation>⟦Úñđóñé: {action}.··⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.diary</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>%n entries</source>
        <extracomment>English singular: %n entry</extracomment>
        <translation>
            <numerusform>⟦%n éñŧŕý··⟧</numerusform>
            <numerusform>⟦%n éñŧŕíéš···⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Delete…</source>
        <translation>⟦&amp;Déłéŧé…··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;New entry</source>
        <translation>⟦&amp;Néŵ éñŧŕý···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Score</source>
        <translation>⟦&amp;Sçóŕé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Undo</source>
        <translation>⟦&amp;Uñđó·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>A&amp;verage</source>
        <translation>⟦Á&amp;véŕáğé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Add diary entry ({when})</source>
        <translation>⟦Áđđ đíáŕý éñŧŕý ({when})·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any score</source>
        <translation>⟦Áñý šçóŕé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any side effect</source>
        <translation>⟦Áñý šíđé éfféçŧ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Average over</source>
        <translation>⟦Ávéŕáğé óvéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>CSV files (*.csv)</source>
        <translation>⟦ÇŠV fíłéš (*.çšv)····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ch&amp;ange…</source>
        <translation>⟦Çĥ&amp;añğé…··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change diary entry ({when})</source>
        <translation>⟦Çĥáñğé đíáŕý éñŧŕý ({when})······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change the selected entry (Enter)</source>
        <translation>⟦Çĥáñğé ŧĥé šéłéçŧéđ éñŧŕý (Éñŧéŕ)···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Char&amp;t</source>
        <translation>⟦Çĥáŕ&amp;t··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Clear the filters</source>
        <translation>⟦Çłéáŕ ŧĥé fíłŧéŕš······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Copied from {when} (danger signs and notes are not copied). Change what is different, then save.</source>
        <translation>⟦Çópíéđ fŕóm {when} (đáñğéŕ šíğñš áñđ ñóŧéš áŕé ñóŧ çópíéđ). Çĥáñğé ŵĥáŧ íš đífféŕéñŧ, ŧĥéñ šávé.····························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Could not save the chart to {path}</source>
        <translation>⟦Çóúłđ ñóŧ šávé ŧĥé çĥáŕŧ ŧó {path}·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Daily average</source>
        <translation>⟦Đáíłý ávéŕáğé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete</source>
        <translation>⟦Đéłéŧé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry</source>
        <translation>⟦Đéłéŧé đíáŕý éñŧŕý······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry ({when})</source>
        <translation>⟦Đéłéŧé đíáŕý éñŧŕý ({when})······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the entry of {when}?

You can undo this (Ctrl+Z).</source>
        <translation>⟦Đéłéŧé ŧĥé éñŧŕý óf {when}?

Ýóú çáñ úñđó ŧĥíš (Çŧŕł+Ž).··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the selected entry (Delete); it can be undone</source>
        <translation>⟦Đéłéŧé ŧĥé šéłéçŧéđ éñŧŕý (Đéłéŧé); íŧ çáñ bé úñđóñé················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Deleted the entry of {when}.</source>
        <translation>⟦Đéłéŧéđ ŧĥé éñŧŕý óf {when}.·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Diary entries</source>
        <translation>⟦Đíáŕý éñŧŕíéš·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Drowsiness, Dizziness</source>
        <translation>⟦Đŕóŵšíñéšš, Đížžíñéšš········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>E&amp;xport CSV…</source>
        <translation>⟦É&amp;xpóŕŧ ÇŠV…···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ent&amp;ries</source>
        <translation>⟦Éñŧ&amp;ríéš··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Everything</source>
        <translation>⟦Évéŕýŧĥíñğ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export failed: {why}. Nothing was written.</source>
        <translation>⟦Éxpóŕŧ fáíłéđ: {why}. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export the diary as CSV</source>
        <translation>⟦Éxpóŕŧ ŧĥé đíáŕý áš ÇŠV········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Exported {entries} to {path}</source>
        <translation>⟦Éxpóŕŧéđ {entries} ŧó {path}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by score</source>
        <translation>⟦Fíłŧéŕ bý šçóŕé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by side effect</source>
        <translation>⟦Fíłŧéŕ bý šíđé éfféçŧ·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>From</source>
        <translation>⟦Fŕóm··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>From date</source>
        <translation>⟦Fŕóm đáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Highest score</source>
        <translation>⟦Ĥíğĥéšŧ šçóŕé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Keep it</source>
        <translation>⟦Ķéép íŧ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 3 months</source>
        <translation>⟦Łášŧ 3 móñŧĥš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 4 weeks</source>
        <translation>⟦Łášŧ 4 ŵééķš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last year</source>
        <translation>⟦Łášŧ ýéáŕ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Legs stiff in the morning</source>
        <translation>⟦Łéğš šŧíff íñ ŧĥé móŕñíñğ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Lowest score</source>
        <translation>⟦Łóŵéšŧ šçóŕé····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Monthly average</source>
        <translation>⟦Móñŧĥłý ávéŕáğé······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>No entries yet. A short entry each evening (spasms, stiffness, pain, sleep, side effects) shows over time whether a dose change helps.</source>
        <translation>⟦Ñó éñŧŕíéš ýéŧ. Á šĥóŕŧ éñŧŕý éáçĥ évéñíñğ (špášmš, šŧíffñéšš, páíñ, šłéép, šíđé éfféçŧš) šĥóŵš óvéŕ ŧímé ŵĥéŧĥéŕ á đóšé çĥáñğé ĥéłpš.··········································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not deleted: {why}</source>
        <translation>⟦Ñóŧ đéłéŧéđ: {why}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved yet: please put right the fields marked in red. The entry, with its danger sign, is saved as soon as they are right; nothing you typed is lost.</source>
        <translation>⟦Ñóŧ šávéđ ýéŧ: płéášé púŧ ŕíğĥŧ ŧĥé fíéłđš máŕķéđ íñ ŕéđ. Ŧĥé éñŧŕý, ŵíŧĥ íŧš đáñğéŕ šíğñ, íš šávéđ áš šóóñ áš ŧĥéý áŕé ŕíğĥŧ; ñóŧĥíñğ ýóú ŧýpéđ íš łóšŧ.···············································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved.</source>
        <translation>⟦Ñóŧ šávéđ.···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved: please check the fields marked in red.</source>
        <translation>⟦Ñóŧ šávéđ: płéášé çĥéçķ ŧĥé fíéłđš máŕķéđ íñ ŕéđ.················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Nothing was changed.</source>
        <translation>⟦Ñóŧĥíñğ ŵáš çĥáñğéđ.·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Number of entries shown</source>
        <translation>⟦Ñúmbéŕ óf éñŧŕíéš šĥóŵñ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only check-ins</source>
        <translation>⟦Óñłý çĥéçķ-íñš·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only entries with danger signs</source>
        <translation>⟦Óñłý éñŧŕíéš ŵíŧĥ đáñğéŕ šíğñš··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only the answers to the dose-change check-ins</source>
        <translation>⟦Óñłý ŧĥé áñšŵéŕš ŧó ŧĥé đóšé-çĥáñğé çĥéçķ-íñš···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>PNG images (*.png)</source>
        <translation>⟦PÑĞ ímáğéš (*.pñğ)·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is added again.</source>
        <translation>⟦Ŕéđóñé: ŧĥé éñŧŕý óf {when} íš áđđéđ áğáíñ.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is changed again.</source>
        <translation>⟦Ŕéđóñé: ŧĥé éñŧŕý óf {when} íš çĥáñğéđ áğáíñ.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save as &amp;image…</source>
        <translation>⟦Šávé áš &amp;imáğé…····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the chart as an image</source>
        <translation>⟦Šávé ŧĥé çĥáŕŧ áš áñ ímáğé········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the entries shown as a spreadsheet file (CSV)</source>
        <translation>⟦Šávé ŧĥé éñŧŕíéš šĥóŵñ áš á špŕéáđšĥééŧ fíłé (ÇŠV)················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved the chart to {path}</source>
        <translation>⟦Šávéđ ŧĥé çĥáŕŧ ŧó {path}······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}.</source>
        <translation>⟦Šávéđ: {when}.··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}. (Ctrl+Z undoes the change.)</source>
        <translation>⟦Šávéđ: {when}. (Çŧŕł+Ž úñđóéš ŧĥé çĥáñğé.)··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Score to chart</source>
        <translation>⟦Šçóŕé ŧó çĥáŕŧ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Sho&amp;w all</source>
        <translation>⟦Šĥó&amp;w áłł··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Showing {shown} of {entries}</source>
        <translation>⟦Šĥóŵíñğ {shown} óf {entries}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Symptom diary</source>
        <translation>⟦Šýmpŧóm đíáŕý·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>The entry is back.</source>
        <translation>⟦Ŧĥé éñŧŕý íš báçķ.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>There is no earlier entry to copy.</source>
        <translation>⟦Ŧĥéŕé íš ñó éáŕłíéŕ éñŧŕý ŧó çópý.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ti&amp;me</source>
        <translation>⟦Ŧí&amp;mé·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Time shown</source>
        <translation>⟦Ŧímé šĥóŵñ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>To date</source>
        <translation>⟦Ŧó đáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: adding the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>⟦Úñđóñé: áđđíñğ ŧĥé éñŧŕý óf {when} (Çŧŕł+Šĥífŧ+Ž ŕéđóéš íŧ).················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: the change to the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>⟦Úñđóñé: ŧĥé çĥáñğé ŧó ŧĥé éñŧŕý óf {when} (Çŧŕł+Šĥífŧ+Ž ŕéđóéš íŧ).··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Wed 30 Sep 2026 21:30  (check-in)</source>
        <translation>⟦Ŵéđ 30 Šép 2026 21:30  (çĥéçķ-íñ)·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>Weekly average</source>
        <translation>⟦Ŵééķłý ávéŕáğé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary</source>
        <translation>⟦đíáŕý··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-chart.png</source>
        <translation>⟦đíáŕý-çĥáŕŧ.pñğ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-{name}-{date}.csv</source>
        <translation>⟦đíáŕý-{name}-{date}.çšv···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>from</source>
        <translation>⟦fŕóm··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>to</source>
        <translation>⟦ŧó·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>{entries}; the last on {when}.</source>
        <translation>⟦{entries}; ŧĥé łášŧ óñ {when}.····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>{period} average</source>
        <translation>⟦{period} ávéŕáğé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/diary.py"/>
        <source>⚠ A seizure (fit)</source>
        <translation>⟦⚠ Á šéížúŕé (fíŧ)····⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.info</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>%n matches on this page</source>
        <extracomment>English singular: %n match on this page</extracomment>
        <translation>
            <numerusform>⟦%n máŧçĥ óñ ŧĥíš páğé······⟧</numerusform>
            <numerusform>⟦%n máŧçĥéš óñ ŧĥíš páğé·······⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>%n pages found</source>
        <extracomment>English singular: %n page found</extracomment>
        <translation>
            <numerusform>⟦%n páğé fóúñđ····⟧</numerusform>
            <numerusform>⟦%n páğéš fóúñđ····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>&amp;Search all pages</source>
        <translation>⟦&amp;Séáŕçĥ áłł páğéš·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Back</source>
        <translation>⟦Báçķ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Back to the page before (Alt+Left)</source>
        <translation>⟦Báçķ ŧó ŧĥé páğé béfóŕé (Áłŧ+Łéfŧ)··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Caregiver Assistant, information page “{title}”. Printed {date}. This is not medical advice: talk to your doctor or nurse.</source>
        <translation>⟦Çáŕéğívéŕ Áššíšŧáñŧ, íñfóŕmáŧíóñ páğé “{title}”. Pŕíñŧéđ {date}. Ŧĥíš íš ñóŧ méđíçáł áđvíçé: ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.··································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>First page</source>
        <translation>⟦Fíŕšŧ páğé····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>For example: missed dose</source>
        <translation>⟦Fóŕ éxámpłé: míššéđ đóšé········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward</source>
        <translation>⟦Fóŕŵáŕđ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward again (Alt+Right)</source>
        <translation>⟦Fóŕŵáŕđ áğáíñ (Áłŧ+Ŕíğĥŧ)········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Go to the first page, {title} (Alt+Home)</source>
        <translation>⟦Ğó ŧó ŧĥé fíŕšŧ páğé, {title} (Áłŧ+Ĥómé)·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Information</source>
        <translation>⟦Íñfóŕmáŧíóñ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Information page text</source>
        <translation>⟦Íñfóŕmáŧíóñ páğé ŧéxŧ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Information pages</source>
        <translation>⟦Íñfóŕmáŧíóñ páğéš······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Leave the app?</source>
        <translation>⟦Łéávé ŧĥé ápp?····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Leaves the app: {address}</source>
        <translation>⟦Łéávéš ŧĥé ápp: {address}·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Match {number} of {count} on this page</source>
        <translation>⟦Máŧçĥ {number} óf {count} óñ ŧĥíš páğé·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Matches on this page</source>
        <translation>⟦Máŧçĥéš óñ ŧĥíš páğé·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match</source>
        <translation>⟦Ñéxŧ máŧçĥ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match on this page (Enter or F3)</source>
        <translation>⟦Ñéxŧ máŧçĥ óñ ŧĥíš páğé (Éñŧéŕ óŕ F3)···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>No matches on this page</source>
        <translation>⟦Ñó máŧçĥéš óñ ŧĥíš páğé········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Not opened: {address}</source>
        <translation>⟦Ñóŧ ópéñéđ: {address}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Nothing found for “{query}”. Try fewer or different words.</source>
        <translation>⟦Ñóŧĥíñğ fóúñđ fóŕ “{query}”. Ŧŕý féŵéŕ óŕ đífféŕéñŧ ŵóŕđš.················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Opened {address} in your web browser.</source>
        <translation>⟦Ópéñéđ {address} íñ ýóúŕ ŵéb bŕóŵšéŕ.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Opens “{title}”</source>
        <translation>⟦Ópéñš “{title}”··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages</source>
        <translation>⟦Páğéš··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages that contain the search words. Enter opens the page at the match</source>
        <translation>⟦Páğéš ŧĥáŧ çóñŧáíñ ŧĥé šéáŕçĥ ŵóŕđš. Éñŧéŕ ópéñš ŧĥé páğé áŧ ŧĥé máŧçĥ·······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match</source>
        <translation>⟦Pŕévíóúš máŧçĥ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match on this page (Shift+F3)</source>
        <translation>⟦Pŕévíóúš máŧçĥ óñ ŧĥíš páğé (Šĥífŧ+F3)············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page</source>
        <translation>⟦Pŕíñŧ ŧĥíš páğé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page with its sources (Ctrl+P)</source>
        <translation>⟦Pŕíñŧ ŧĥíš páğé ŵíŧĥ íŧš šóúŕçéš (Çŧŕł+P)·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Print…</source>
        <translation>⟦Pŕíñŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Save as PDF…</source>
        <translation>⟦Šávé áš PĐF…····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page as PDF</source>
        <translation>⟦Šávé ŧĥíš páğé áš PĐF·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page with its sources as a PDF file (Ctrl+Shift+S)</source>
        <translation>⟦Šávé ŧĥíš páğé ŵíŧĥ íŧš šóúŕçéš áš á PĐF fíłé (Çŧŕł+Šĥífŧ+Š)··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Saved “{title}” as {path}</source>
        <translation>⟦Šávéđ “{title}” áš {path}···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results</source>
        <translation>⟦Šéáŕçĥ ŕéšúłŧš·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results summary</source>
        <translation>⟦Šéáŕçĥ ŕéšúłŧš šúmmáŕý········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Search the information pages</source>
        <translation>⟦Šéáŕçĥ ŧĥé íñfóŕmáŧíóñ páğéš··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Sent “{title}” to the printer.</source>
        <translation>⟦Šéñŧ “{title}” ŧó ŧĥé pŕíñŧéŕ.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Stayed in the app.</source>
        <translation>⟦Šŧáýéđ íñ ŧĥé ápp.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Tab moves between links; Enter follows a link</source>
        <translation>⟦Ŧáb móvéš béŧŵééñ łíñķš; Éñŧéŕ fółłóŵš á łíñķ···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>The table of contents: choosing a page opens it</source>
        <translation>⟦Ŧĥé ŧábłé óf çóñŧéñŧš: çĥóóšíñğ á páğé ópéñš íŧ···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>This link cannot be opened: {address}</source>
        <translation>⟦Ŧĥíš łíñķ çáññóŧ bé ópéñéđ: {address}·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/info.py"/>
        <source>Type words to find (Ctrl+F). Enter or F3 goes to the next match; Down arrow moves to the results; Escape clears</source>
        <translation>⟦Ŧýpé ŵóŕđš ŧó fíñđ (Çŧŕł+F). Éñŧéŕ óŕ F3 ğóéš ŧó ŧĥé ñéxŧ máŧçĥ; Đóŵñ áŕŕóŵ móvéš ŧó ŧĥé ŕéšúłŧš; Éšçápé çłéáŕš··································⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.medicines</name>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Add a medicine…</source>
        <translation>⟦&amp;Ađđ á méđíçíñé…····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Restore</source>
        <translation>⟦&amp;Réšŧóŕé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>A&amp;rchive</source>
        <translation>⟦Á&amp;rçĥívé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine</source>
        <translation>⟦Áđđ á méđíçíñé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine…</source>
        <translation>⟦Áđđ á méđíçíñé…·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive or restore the selected medicine</source>
        <translation>⟦Áŕçĥívé óŕ ŕéšŧóŕé ŧĥé šéłéçŧéđ méđíçíñé··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive this medicine?</source>
        <translation>⟦Áŕçĥívé ŧĥíš méđíçíñé?········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive {medicine}? Its reminders stop; its dose history is kept and it can be restored from &quot;Show archived&quot; (or with Edit &gt; Undo, Ctrl+Z).</source>
        <translation>⟦Áŕçĥívé {medicine}? Íŧš ŕémíñđéŕš šŧóp; íŧš đóšé ĥíšŧóŕý íš ķépŧ áñđ íŧ çáñ bé ŕéšŧóŕéđ fŕóm &quot;Šĥóŵ áŕçĥívéđ&quot; (óŕ ŵíŧĥ Éđíŧ &gt; Úñđó, Çŧŕł+Ž).······································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Cha&amp;nge…</source>
        <translation>⟦Çĥá&amp;nğé…··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Edit the selected medicine</source>
        <translation>⟦Éđíŧ ŧĥé šéłéçŧéđ méđíçíñé·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicine</source>
        <translation>⟦Méđíçíñé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicines</source>
        <translation>⟦Méđíçíñéš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Next refill</source>
        <translation>⟦Ñéxŧ ŕéfíłł····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>No schedule</source>
        <translation>⟦Ñó šçĥéđúłé····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Nothing yet — no medicines recorded for {name}. Add each medicine with its strength and the times it is taken; reminders follow from that.</source>
        <translation>⟦Ñóŧĥíñğ ýéŧ — ñó méđíçíñéš ŕéçóŕđéđ fóŕ {name}. Áđđ éáçĥ méđíçíñé ŵíŧĥ íŧš šŧŕéñğŧĥ áñđ ŧĥé ŧíméš íŧ íš ŧáķéñ; ŕémíñđéŕš fółłóŵ fŕóm ŧĥáŧ.··········································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump re&amp;filled today…</source>
        <translation>⟦Púmp ŕé&amp;fíłłéđ ŧóđáý…······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refill recorded for today. The app will ask a short check-in each day for the next few days.</source>
        <translation>⟦Púmp ŕéfíłł ŕéçóŕđéđ fóŕ ŧóđáý. Ŧĥé ápp ŵíłł ášķ á šĥóŕŧ çĥéçķ-íñ éáçĥ đáý fóŕ ŧĥé ñéxŧ féŵ đáýš.······························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refilled today</source>
        <translation>⟦Púmp ŕéfíłłéđ ŧóđáý·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump: no doses to remind</source>
        <translation>⟦Púmp: ñó đóšéš ŧó ŕémíñđ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Record that the pump was refilled today</source>
        <translation>⟦Ŕéçóŕđ ŧĥáŧ ŧĥé púmp ŵáš ŕéfíłłéđ ŧóđáý·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Refill not recorded</source>
        <translation>⟦Ŕéfíłł ñóŧ ŕéçóŕđéđ·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved the changes to {medicine}.</source>
        <translation>⟦Šávéđ ŧĥé çĥáñğéš ŧó {medicine}.·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved {medicine}: its reminders follow from now on.</source>
        <translation>⟦Šávéđ {medicine}: íŧš ŕémíñđéŕš fółłóŵ fŕóm ñóŵ óñ.·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived</source>
        <translation>⟦Šĥóŵ áŕçĥívéđ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived medicines</source>
        <translation>⟦Šĥóŵ áŕçĥívéđ méđíçíñéš········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Stock</source>
        <translation>⟦Šŧóçķ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>The next refill date, if you know it (YYYY-MM-DD; leave empty to keep it as it is):</source>
        <translation>⟦Ŧĥé ñéxŧ ŕéfíłł đáŧé, íf ýóú ķñóŵ íŧ (ÝÝÝÝ-MM-ĐĐ; łéávé émpŧý ŧó ķéép íŧ áš íŧ íš):························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>When it is taken</source>
        <translation>⟦Ŵĥéñ íŧ íš ŧáķéñ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>alarm date {date}</source>
        <translation>⟦áłáŕm đáŧé {date}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>next refill {date}</source>
        <translation>⟦ñéxŧ ŕéfíłł {date}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{amount} on hand</source>
        <translation>⟦{amount} óñ ĥáñđ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
Not baclofen: the baclofen checks do not apply.</source>
        <translation>⟦{medicine}
Ñóŧ báçłóféñ: ŧĥé báçłóféñ çĥéçķš đó ñóŧ áppłý.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
⚠ Recorded as not baclofen: the baclofen checks do not apply.</source>
        <translation>⟦{medicine}
⚠ Ŕéçóŕđéđ áš ñóŧ báçłóféñ: ŧĥé báçłóféñ çĥéçķš đó ñóŧ áppłý.···················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}  (archived)</source>
        <translation>⟦{medicine}  (áŕçĥívéđ)···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{schedules} — {plan}</source>
        <translation>⟦{schedules} — {plan}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{stock} — reorder now</source>
        <translation>⟦{stock} — ŕéóŕđéŕ ñóŵ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{when} — {dates}</source>
        <translation>⟦{when} — {dates}·⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.plans</name>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Add a plan…</source>
        <translation>⟦&amp;Ađđ á płáñ…···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Steps</source>
        <translation>⟦&amp;Sŧépš··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;b&gt;{plan}:&lt;/b&gt; {warning}</source>
        <translation>⟦&lt;b&gt;{plan}:&lt;/b&gt; {warning}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Why the app asks: reducing too quickly&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Ŵĥý ŧĥé ápp ášķš: ŕéđúçíñğ ŧóó qúíçķłý&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>A plan belongs to a medicine: first add {name}&apos;s medicine on the Medicines page, then come back to add the plan.</source>
        <translation>⟦Á płáñ béłóñğš ŧó á méđíçíñé: fíŕšŧ áđđ {name}&apos;š méđíçíñé óñ ŧĥé Méđíçíñéš páğé, ŧĥéñ çómé báçķ ŧó áđđ ŧĥé płáñ.·································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>A&amp;rchive this plan</source>
        <translation>⟦Á&amp;rçĥívé ŧĥíš płáñ······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan</source>
        <translation>⟦Áđđ á płáñ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan…</source>
        <translation>⟦Áđđ á płáñ…···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the plan “{plan}”? It is no longer shown or checked; nothing is deleted, and Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>⟦Áŕçĥívé ŧĥé płáñ “{plan}”? Íŧ íš ñó łóñğéŕ šĥóŵñ óŕ çĥéçķéđ; ñóŧĥíñğ íš đéłéŧéđ, áñđ Éđíŧ &gt; Úñđó (Çŧŕł+Ž) bŕíñğš íŧ báçķ.··································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the selected plan</source>
        <translation>⟦Áŕçĥívé ŧĥé šéłéçŧéđ płáñ·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive this plan?</source>
        <translation>⟦Áŕçĥívé ŧĥíš płáñ?······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Ca&amp;lendar</source>
        <translation>⟦Çá&amp;léñđáŕ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Cha&amp;nge this plan…</source>
        <translation>⟦Çĥá&amp;nğé ŧĥíš płáñ…·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Change the selected plan</source>
        <translation>⟦Çĥáñğé ŧĥé šéłéçŧéđ płáñ········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Char&amp;t</source>
        <translation>⟦Çĥáŕ&amp;t··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check this plan</source>
        <translation>⟦Çĥéçķ ŧĥíš płáñ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (answered): {what}.</source>
        <translation>⟦Çĥéçķ-íñ {number} óf {of} (áñšŵéŕéđ): {what}.·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (not answered): {what}.</source>
        <translation>⟦Çĥéçķ-íñ {number} óf {of} (ñóŧ áñšŵéŕéđ): {what}.········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of}: {what}.</source>
        <translation>⟦Çĥéçķ-íñ {number} óf {of}: {what}.····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Dose plans: building up or lowering</source>
        <translation>⟦Đóšé płáñš: búíłđíñğ úp óŕ łóŵéŕíñğ············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>From</source>
        <translation>⟦Fŕóm··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Go to Medicines</source>
        <translation>⟦Ğó ŧó Méđíçíñéš·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>No plan being followed sets today&apos;s doses.</source>
        <translation>⟦Ñó płáñ béíñğ fółłóŵéđ šéŧš ŧóđáý&apos;š đóšéš.··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Nothing yet — no dose plan for {name}. When the doctor or nurse gives a plan for raising or lowering the dose, add it here exactly as written; the app checks it and shows it, and never makes one up.</source>
        <translation>⟦Ñóŧĥíñğ ýéŧ — ñó đóšé płáñ fóŕ {name}. Ŵĥéñ ŧĥé đóçŧóŕ óŕ ñúŕšé ğívéš á płáñ fóŕ ŕáíšíñğ óŕ łóŵéŕíñğ ŧĥé đóšé, áđđ íŧ ĥéŕé éxáçŧłý áš ŵŕíŧŧéñ; ŧĥé ápp çĥéçķš íŧ áñđ šĥóŵš íŧ, áñđ ñévéŕ máķéš óñé úp.···························································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan</source>
        <translation>⟦Płáñ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan changed.</source>
        <translation>⟦Płáñ çĥáñğéđ.····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan saved. Its doses are reminded from now on if it is being followed.</source>
        <translation>⟦Płáñ šávéđ. Íŧš đóšéš áŕé ŕémíñđéđ fŕóm ñóŵ óñ íf íŧ íš béíñğ fółłóŵéđ.······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan steps</source>
        <translation>⟦Płáñ šŧépš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>The plan as a table, a calendar or a chart</source>
        <translation>⟦Ŧĥé płáñ áš á ŧábłé, á çáłéñđáŕ óŕ á çĥáŕŧ·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Today&apos;s step: {mg} mg a day.</source>
        <translation>⟦Ŧóđáý&apos;š šŧép: {mg} mğ á đáý.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Total a day</source>
        <translation>⟦Ŧóŧáł á đáý····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>Until</source>
        <translation>⟦Úñŧíł··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>building up</source>
        <translation>⟦búíłđíñğ úp····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>lowering</source>
        <translation>⟦łóŵéŕíñğ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>the plan {plan}</source>
        <translation>⟦ŧĥé płáñ {plan}···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg</source>
        <translation>⟦{mg} mğ·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg   ← today</source>
        <translation>⟦{mg} mğ   ← ŧóđáý···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind})</source>
        <translation>⟦{plan} ({kind})·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind}) — not followed</source>
        <translation>⟦{plan} ({kind}) — ñóŧ fółłóŵéđ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>{today} {after} Plans are shown as the clinician wrote them. Reminders follow the plan being followed: each step&apos;s doses at the times it lists, until the next step starts; after the last step, what the plan says (keep its doses, or stop). Questions about a plan: talk to your doctor or nurse.</source>
        <translation>⟦{today} {after} Płáñš áŕé šĥóŵñ áš ŧĥé çłíñíçíáñ ŵŕóŧé ŧĥém. Ŕémíñđéŕš fółłóŵ ŧĥé płáñ béíñğ fółłóŵéđ: éáçĥ šŧép&apos;š đóšéš áŧ ŧĥé ŧíméš íŧ łíšŧš, úñŧíł ŧĥé ñéxŧ šŧép šŧáŕŧš; áfŧéŕ ŧĥé łášŧ šŧép, ŵĥáŧ ŧĥé płáñ šáýš (ķéép íŧš đóšéš, óŕ šŧóp). Qúéšŧíóñš ábóúŧ á płáñ: ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé.······················································································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/plans.py"/>
        <source>“{plan}”: {words}</source>
        <translation>⟦“{plan}”: {words}·⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.reports</name>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>&amp;Questions for the doctor or nurse (kept until you change them; they go on the summary):</source>
        <translation>⟦&amp;Qúéšŧíóñš fóŕ ŧĥé đóçŧóŕ óŕ ñúŕšé (ķépŧ úñŧíł ýóú çĥáñğé ŧĥém; ŧĥéý ğó óñ ŧĥé šúmmáŕý):···························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>An appointment summary to show or give to the doctor or nurse: medicines and doses, the diary, side effects, danger signs, the dose plan, and your questions.</source>
        <translation>⟦Áñ áppóíñŧméñŧ šúmmáŕý ŧó šĥóŵ óŕ ğívé ŧó ŧĥé đóçŧóŕ óŕ ñúŕšé: méđíçíñéš áñđ đóšéš, ŧĥé đíáŕý, šíđé éfféçŧš, đáñğéŕ šíğñš, ŧĥé đóšé płáñ, áñđ ýóúŕ qúéšŧíóñš.··················································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>At most {days} days: a year and a day, so a yearly review fits. The summary is for one appointment; the whole history is in the export.</source>
        <translation>⟦Áŧ móšŧ {days} đáýš: á ýéáŕ áñđ á đáý, šó á ýéáŕłý ŕévíéŵ fíŧš. Ŧĥé šúmmáŕý íš fóŕ óñé áppóíñŧméñŧ; ŧĥé ŵĥółé ĥíšŧóŕý íš íñ ŧĥé éxpóŕŧ.·······································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>First day of the summary</source>
        <translation>⟦Fíŕšŧ đáý óf ŧĥé šúmmáŕý········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>For example: The spasms at night are worse since the dose went down. Should we wait or change the plan?</source>
        <translation>⟦Fóŕ éxámpłé: Ŧĥé špášmš áŧ ñíğĥŧ áŕé ŵóŕšé šíñçé ŧĥé đóšé ŵéñŧ đóŵñ. Šĥóúłđ ŵé ŵáíŧ óŕ çĥáñğé ŧĥé płáñ?································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>P&amp;rint…</source>
        <translation>⟦P&amp;ríñŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Peri&amp;od:</source>
        <translation>⟦Péŕí&amp;ođ:··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Period of the summary</source>
        <translation>⟦Péŕíóđ óf ŧĥé šúmmáŕý·······⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Preparing the summary of %n days…</source>
        <extracomment>English singular: Preparing the summary of %n day…</extracomment>
        <translation>
            <numerusform>⟦Pŕépáŕíñğ ŧĥé šúmmáŕý óf %n đáý…··········⟧</numerusform>
            <numerusform>⟦Pŕépáŕíñğ ŧĥé šúmmáŕý óf %n đáýš…··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print pre&amp;view…</source>
        <translation>⟦Pŕíñŧ pŕé&amp;víéŵ…····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print preview of the summary</source>
        <translation>⟦Pŕíñŧ pŕévíéŵ óf ŧĥé šúmmáŕý··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the appointment summary</source>
        <translation>⟦Pŕíñŧ ŧĥé áppóíñŧméñŧ šúmmáŕý··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the summary</source>
        <translation>⟦Pŕíñŧ ŧĥé šúmmáŕý······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Questions for the doctor or nurse</source>
        <translation>⟦Qúéšŧíóñš fóŕ ŧĥé đóçŧóŕ óŕ ñúŕšé···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Reports</source>
        <translation>⟦Ŕépóŕŧš···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save as P&amp;DF…</source>
        <translation>⟦Šávé áš P&amp;DF…···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the appointment summary as PDF</source>
        <translation>⟦Šávé ŧĥé áppóíñŧméñŧ šúmmáŕý áš PĐF············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the summary as a PDF file</source>
        <translation>⟦Šávé ŧĥé šúmmáŕý áš á PĐF fíłé··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Saved the appointment summary as {path}</source>
        <translation>⟦Šávéđ ŧĥé áppóíñŧméñŧ šúmmáŕý áš {path}···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Sent the appointment summary to the printer.</source>
        <translation>⟦Šéñŧ ŧĥé áppóíñŧméñŧ šúmmáŕý ŧó ŧĥé pŕíñŧéŕ.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Since a date (the last appointment)</source>
        <translation>⟦Šíñçé á đáŧé (ŧĥé łášŧ áppóíñŧméñŧ)···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Summary</source>
        <translation>⟦Šúmmáŕý···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>The appointment summary</source>
        <translation>⟦Ŧĥé áppóíñŧméñŧ šúmmáŕý········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>The questions are too long to keep: at most {most} characters (now {now}). Shorten them; nothing else is lost.</source>
        <translation>⟦Ŧĥé qúéšŧíóñš áŕé ŧóó łóñğ ŧó ķéép: áŧ móšŧ {most} çĥáŕáçŧéŕš (ñóŵ {now}). Šĥóŕŧéñ ŧĥém; ñóŧĥíñğ éłšé íš łóšŧ.······························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>The summary could not be made.</source>
        <translation>⟦Ŧĥé šúmmáŕý çóúłđ ñóŧ bé máđé.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/reports.py"/>
        <source>Your questions could not be saved ({why}). They are still here.</source>
        <translation>⟦Ýóúŕ qúéšŧíóñš çóúłđ ñóŧ bé šávéđ ({why}). Ŧĥéý áŕé šŧíłł ĥéŕé.··················⟧</translation>
    </message>
</context>
<context>
    <name>ui.pages.today</name>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Not taken (missed)</source>
        <translation>⟦&amp;Nóŧ ŧáķéñ (míššéđ)·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Skip on purpose…</source>
        <translation>⟦&amp;Sķíp óñ púŕpóšé…·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Taken now</source>
        <translation>⟦&amp;Táķéñ ñóŵ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the &amp;check-in…</source>
        <translation>⟦Áñšŵéŕ ŧĥé &amp;cĥéçķ-íñ…······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the check-in</source>
        <translation>⟦Áñšŵéŕ ŧĥé çĥéçķ-íñ······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer yesterday&apos;s &amp;check-in…</source>
        <translation>⟦Áñšŵéŕ ýéšŧéŕđáý&apos;š &amp;cĥéçķ-íñ…·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>As needed: log {medicine} {dose} mg now…</source>
        <translation>⟦Áš ñééđéđ: łóğ {medicine} {dose} mğ ñóŵ…······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose</source>
        <translation>⟦Đóšé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose histor&amp;y</source>
        <translation>⟦Đóšé ĥíšŧóŕ&amp;y····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose-change check-in</source>
        <translation>⟦Đóšé-çĥáñğé çĥéçķ-íñ·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Go to Medicines</source>
        <translation>⟦Ğó ŧó Méđíçíñéš·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Keys on this tab: T taken now, A taken at, S skip, N not taken. Ctrl+Z undoes the last answer.</source>
        <translation>⟦Ķéýš óñ ŧĥíš ŧáb: Ŧ ŧáķéñ ñóŵ, Á ŧáķéñ áŧ, Š šķíp, Ñ ñóŧ ŧáķéñ. Çŧŕł+Ž úñđóéš ŧĥé łášŧ áñšŵéŕ.···························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Log an as-needed dose of {medicine}</source>
        <translation>⟦Łóğ áñ áš-ñééđéđ đóšé óf {medicine}········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Logged {dose}. {today} Undo (Ctrl+Z) takes it back.</source>
        <translation>⟦Łóğğéđ {dose}. {today} Úñđó (Çŧŕł+Ž) ŧáķéš íŧ báçķ.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Medicine</source>
        <translation>⟦Méđíçíñé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Not listed today: {times}. That time was added after it had passed today, so it was never reminded; it is listed from the next time it comes. If a dose was given then, the dose history can be used to record it.</source>
        <translation>⟦Ñóŧ łíšŧéđ ŧóđáý: {times}. Ŧĥáŧ ŧímé ŵáš áđđéđ áfŧéŕ íŧ ĥáđ páššéđ ŧóđáý, šó íŧ ŵáš ñévéŕ ŕémíñđéđ; íŧ íš łíšŧéđ fŕóm ŧĥé ñéxŧ ŧímé íŧ çóméš. Íf á đóšé ŵáš ğívéñ ŧĥéñ, ŧĥé đóšé ĥíšŧóŕý çáñ bé úšéđ ŧó ŕéçóŕđ íŧ.······························································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Not saved</source>
        <translation>⟦Ñóŧ šávéđ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Not taken, missed</source>
        <translation>⟦Ñóŧ ŧáķéñ, míššéđ······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing was logged for {medicine}.</source>
        <translation>⟦Ñóŧĥíñğ ŵáš łóğğéđ fóŕ {medicine}.········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing yet — no medicines for {name}. Add a medicine and when it is taken on the Medicines page, and today&apos;s doses will appear here.</source>
        <translation>⟦Ñóŧĥíñğ ýéŧ — ñó méđíçíñéš fóŕ {name}. Áđđ á méđíçíñé áñđ ŵĥéñ íŧ íš ŧáķéñ óñ ŧĥé Méđíçíñéš páğé, áñđ ŧóđáý&apos;š đóšéš ŵíłł áppéáŕ ĥéŕé.·······································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Notices</source>
        <translation>⟦Ñóŧíçéš···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Recorded {doses} as {answer}. Undo (Ctrl+Z) takes the answer back.</source>
        <translation>⟦Ŕéçóŕđéđ {doses} áš {answer}. Úñđó (Çŧŕł+Ž) ŧáķéš ŧĥé áñšŵéŕ báçķ.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Skip on purpose</source>
        <translation>⟦Šķíp óñ púŕpóšé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>State</source>
        <translation>⟦Šŧáŧé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>T: taken now. A: taken at a time. S: skip on purpose. N: not taken.</source>
        <translation>⟦Ŧ: ŧáķéñ ñóŵ. Á: ŧáķéñ áŧ á ŧímé. Š: šķíp óñ púŕpóšé. Ñ: ñóŧ ŧáķéñ.··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken &amp;at…</source>
        <translation>⟦Ŧáķéñ &amp;aŧ…··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken at</source>
        <translation>⟦Ŧáķéñ áŧ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken now</source>
        <translation>⟦Ŧáķéñ ñóŵ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose is not given, on purpose; you can say why (S)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé íš ñóŧ ğívéñ, óñ púŕpóšé; ýóú çáñ šáý ŵĥý (Š)···················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was not taken: forgotten or missed (N)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé ŵáš ñóŧ ŧáķéñ: fóŕğóŧŧéñ óŕ míššéđ (Ñ)··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken at a time you give (A)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé ŵáš ŧáķéñ áŧ á ŧímé ýóú ğívé (Á)···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken just now (T)</source>
        <translation>⟦Ŧĥé šéłéçŧéđ đóšé ŵáš ŧáķéñ júšŧ ñóŵ (Ŧ)············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Time</source>
        <translation>⟦Ŧímé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Times not listed today</source>
        <translation>⟦Ŧíméš ñóŧ łíšŧéđ ŧóđáý········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Today</source>
        <translation>⟦Ŧóđáý··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Today or dose history</source>
        <translation>⟦Ŧóđáý óŕ đóšé ĥíšŧóŕý·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s &amp;doses</source>
        <translation>⟦Ŧóđáý&apos;š &amp;dóšéš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s doses</source>
        <translation>⟦Ŧóđáý&apos;š đóšéš····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose</source>
        <translation>⟦Ŧómóŕŕóŵ&apos;š fíŕšŧ đóšé·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose: {day} {time} — {medicine} {dose}</source>
        <translation>⟦Ŧómóŕŕóŵ&apos;š fíŕšŧ đóšé: {day} {time} — {medicine} {dose}·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>Yesterday&apos;s check-in was not answered ({checkin}): you can still answer it today.</source>
        <translation>⟦Ýéšŧéŕđáý&apos;š çĥéçķ-íñ ŵáš ñóŧ áñšŵéŕéđ ({checkin}): ýóú çáñ šŧíłł áñšŵéŕ íŧ ŧóđáý.······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>log {dose}</source>
        <translation>⟦łóğ {dose}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>not taken</source>
        <translation>⟦ñóŧ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>skipped</source>
        <translation>⟦šķíppéđ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at</source>
        <translation>⟦ŧáķéñ áŧ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at {time}</source>
        <translation>⟦ŧáķéñ áŧ {time}···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>taken now</source>
        <translation>⟦ŧáķéñ ñóŵ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{answer}: {doses}</source>
        <translation>⟦{answer}: {doses}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today.</source>
        <translation>⟦{checkin} — áñšŵéŕéđ ŧóđáý.·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today; danger sign recorded: {signs}.</source>
        <translation>⟦{checkin} — áñšŵéŕéđ ŧóđáý; đáñğéŕ šíğñ ŕéçóŕđéđ: {signs}.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — waiting for an answer.</source>
        <translation>⟦{checkin} — ŵáíŧíñğ fóŕ áñ áñšŵéŕ.·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} as needed today</source>
        <translation>⟦{medicine} áš ñééđéđ ŧóđáý·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} at {time}</source>
        <translation>⟦{medicine} áŧ {time}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} (due {time})</source>
        <translation>⟦{medicine} {dose} (đúé {time})·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at now (as needed)</source>
        <translation>⟦{medicine} {dose} mğ áŧ ñóŵ (áš ñééđéđ)······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at {time} (as needed)</source>
        <translation>⟦{medicine} {dose} mğ áŧ {time} (áš ñééđéđ)·····⟧</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation>⟦&amp;Láñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation>⟦&amp;Téxŧ šížé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation>⟦Á ñéŵ łáñğúáğé íš úšéđ ŧĥé ñéxŧ ŧímé Çáŕéğívéŕ Áššíšŧáñŧ šŧáŕŧš.·····················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>⟦Łáñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation>⟦Ñóŧ áváíłábłé óñ ŧĥíš šýšŧém.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation>⟦Płáý á šóúñđ ŵíŧĥ ŕémíñđéŕš·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation>⟦Ŕémíñđéŕ šóúñđ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation>⟦Šámé áš ŧĥíš çómpúŧéŕ ({language})·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation>⟦Šéŧŧíñğš···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation>⟦Šŧáŕŧ Çáŕéğívéŕ Áššíšŧáñŧ ŵĥéñ Í łóğ íñ (šó ŕémíñđéŕš çómé)···················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation>⟦Šŧáŕŧ áŧ łóğíñ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation>⟦Ŧéxŧ šížé···⟧</translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation>⟦Éxŧŕá łáŕğé····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation>⟦Łáŕğé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation>⟦Ñóŕmáł··⟧</translation>
    </message>
</context>
</TS>
