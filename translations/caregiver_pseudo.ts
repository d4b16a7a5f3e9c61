<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>storage.backup</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n diary entries</source>
        <extracomment>English singular: %n diary entry</extracomment>
        <translation>
            <numerusform>⟦%n đíáŕý éñŧŕý····⟧</numerusform>
            <numerusform>⟦%n đíáŕý éñŧŕíéš·····⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n doses</source>
        <extracomment>English singular: %n dose</extracomment>
        <translation>
            <numerusform>⟦%n đóšé··⟧</numerusform>
            <numerusform>⟦%n đóšéš··⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n people</source>
        <extracomment>English singular: %n person</extracomment>
        <translation>
            <numerusform>⟦%n péŕšóñ··⟧</numerusform>
            <numerusform>⟦%n péópłé··⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n record(s) refer to records that do not exist (first: {table} row {row} -&gt; {parent})</source>
        <extracomment>English singular: %n record(s) refer to records that do not exist (first: {table} row {row} -&gt; {parent})</extracomment>
        <translation>
            <numerusform>⟦%n ŕéçóŕđ(š) ŕéféŕ ŧó ŕéçóŕđš ŧĥáŧ đó ñóŧ éxíšŧ (fíŕšŧ: {table} ŕóŵ {row} -&gt; {parent})·················⟧</numerusform>
            <numerusform>⟦%n ŕéçóŕđ(š) ŕéféŕ ŧó ŕéçóŕđš ŧĥáŧ đó ñóŧ éxíšŧ (fíŕšŧ: {table} ŕóŵ {row} -&gt; {parent})·················⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>? diary entries</source>
        <translation>⟦? đíáŕý éñŧŕíéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>? doses</source>
        <translation>⟦? đóšéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>? people</source>
        <translation>⟦? péópłé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>That backup cannot be restored: {problem}. Nothing was changed.</source>
        <translation>⟦Ŧĥáŧ báçķúp çáññóŧ bé ŕéšŧóŕéđ: {problem}. Ñóŧĥíñğ ŵáš çĥáñğéđ.·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>That is the live data file itself; nothing was changed.</source>
        <translation>⟦Ŧĥáŧ íš ŧĥé łívé đáŧá fíłé íŧšéłf; ñóŧĥíñğ ŵáš çĥáñğéđ.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>That is the live data file itself; please choose another name for the backup.</source>
        <translation>⟦Ŧĥáŧ íš ŧĥé łívé đáŧá fíłé íŧšéłf; płéášé çĥóóšé áñóŧĥéŕ ñámé fóŕ ŧĥé báçķúp.·························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup failed ({error}). Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé báçķúp fáíłéđ ({error}). Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup failed: the disk is full. Free some space and try again. Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé báçķúp fáíłéđ: ŧĥé đíšķ íš fúłł. Fŕéé šómé špáçé áñđ ŧŕý áğáíñ. Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.·······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup failed: the folder cannot be written to (read-only or no permission). Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé báçķúp fáíłéđ: ŧĥé fółđéŕ çáññóŧ bé ŵŕíŧŧéñ ŧó (ŕéáđ-óñłý óŕ ñó péŕmíššíóñ). Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.···································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup folder {folder} cannot be read: {error}.</source>
        <translation>⟦Ŧĥé báçķúp fółđéŕ {folder} çáññóŧ bé ŕéáđ: {error}.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was made but did not pass its check ({problem}); it was not kept. Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé báçķúp ŵáš máđé búŧ đíđ ñóŧ pášš íŧš çĥéçķ ({problem}); íŧ ŵáš ñóŧ ķépŧ. Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was made, but old backups could not be removed: {files}</source>
        <translation>⟦Ŧĥé báçķúp ŵáš máđé, búŧ ółđ báçķúpš çóúłđ ñóŧ bé ŕémóvéđ: {files}··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: the folder {folder} does not exist.</source>
        <translation>⟦Ŧĥé báçķúp ŵáš ñóŧ máđé: ŧĥé fółđéŕ {folder} đóéš ñóŧ éxíšŧ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: {error}</source>
        <translation>⟦Ŧĥé báçķúp ŵáš ñóŧ máđé: {error}········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: {path} already exists.</source>
        <translation>⟦Ŧĥé báçķúp ŵáš ñóŧ máđé: {path} áłŕéáđý éxíšŧš.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: {path} is a folder.</source>
        <translation>⟦Ŧĥé báçķúp ŵáš ñóŧ máđé: {path} íš á fółđéŕ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore did not start: the data file is busy ({error}). Nothing was changed.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé đíđ ñóŧ šŧáŕŧ: ŧĥé đáŧá fíłé íš búšý ({error}). Ñóŧĥíñğ ŵáš çĥáñğéđ.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore did not start: the data file is in use by another program (close it and try again). Nothing was changed.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé đíđ ñóŧ šŧáŕŧ: ŧĥé đáŧá fíłé íš íñ úšé bý áñóŧĥéŕ pŕóğŕám (çłóšé íŧ áñđ ŧŕý áğáíñ). Ñóŧĥíñğ ŵáš çĥáñğéđ.····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore failed ({error}). Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé fáíłéđ ({error}). Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore failed: the disk is full. Free some space and try again. Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé fáíłéđ: ŧĥé đíšķ íš fúłł. Fŕéé šómé špáçé áñđ ŧŕý áğáíñ. Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.·······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore failed: the folder cannot be written to (read-only or no permission). Your data itself is unchanged.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕé fáíłéđ: ŧĥé fółđéŕ çáññóŧ bé ŵŕíŧŧéñ ŧó (ŕéáđ-óñłý óŕ ñó péŕmíššíóñ). Ýóúŕ đáŧá íŧšéłf íš úñçĥáñğéđ.····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restored copy did not pass its check ({problem}); nothing was changed.</source>
        <translation>⟦Ŧĥé ŕéšŧóŕéđ çópý đíđ ñóŧ pášš íŧš çĥéçķ ({problem}); ñóŧĥíñğ ŵáš çĥáñğéđ.····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>This store has no file to restore into.</source>
        <translation>⟦Ŧĥíš šŧóŕé ĥáš ñó fíłé ŧó ŕéšŧóŕé íñŧó.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>automatic</source>
        <translation>⟦áúŧómáŧíç····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>before a restore</source>
        <translation>⟦béfóŕé á ŕéšŧóŕé······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>before an import</source>
        <translation>⟦béfóŕé áñ ímpóŕŧ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>cannot be used: {problem}</source>
        <translation>⟦çáññóŧ bé úšéđ: {problem}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it cannot be read ({error})</source>
        <translation>⟦íŧ çáññóŧ bé ŕéáđ ({error})······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it holds no Caregiver Assistant data</source>
        <translation>⟦íŧ ĥółđš ñó Çáŕéğívéŕ Áššíšŧáñŧ đáŧá············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it is not a Caregiver Assistant data file</source>
        <translation>⟦íŧ íš ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ đáŧá fíłé··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it was made by a newer version of the app (data format {version})</source>
        <translation>⟦íŧ ŵáš máđé bý á ñéŵéŕ véŕšíóñ óf ŧĥé ápp (đáŧá fóŕmáŧ {version})·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>the file is missing</source>
        <translation>⟦ŧĥé fíłé íš míššíñğ······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>the integrity check failed ({details})</source>
        <translation>⟦ŧĥé íñŧéğŕíŧý çĥéçķ fáíłéđ ({details})·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>{count} diary entries</source>
        <translation>⟦{count} đíáŕý éñŧŕíéš·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>{count} doses</source>
        <translation>⟦{count} đóšéš··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>{count} people</source>
        <translation>⟦{count} péópłé··⟧</translation>
    </message>
</context>
<context>
    <name>storage.csv_export</name>
    <message>
        <location filename="../src/caregiver_app/storage/csv_export.py"/>
        <source>{folder} is a file; please give a folder for the CSV files.</source>
        <translation>⟦{folder} íš á fíłé; płéášé ğívé á fółđéŕ fóŕ ŧĥé ÇŠV fíłéš.···············⟧</translation>
    </message>
</context>
<context>
    <name>storage.db</name>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>Saving failed ({error}). Nothing of this change was saved; earlier data is safe.</source>
        <translation>⟦Šávíñğ fáíłéđ ({error}). Ñóŧĥíñğ óf ŧĥíš çĥáñğé ŵáš šávéđ; éáŕłíéŕ đáŧá íš šáfé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file is busy in another program. Please try again in a moment; nothing was saved.</source>
        <translation>⟦Ŧĥé đáŧá fíłé íš búšý íñ áñóŧĥéŕ pŕóğŕám. Płéášé ŧŕý áğáíñ íñ á móméñŧ; ñóŧĥíñğ ŵáš šávéđ.····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file {path} cannot be opened for writing: {error}.</source>
        <translation>⟦Ŧĥé đáŧá fíłé {path} çáññóŧ bé ópéñéđ fóŕ ŵŕíŧíñğ: {error}.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file {path} cannot be read: {reason}. It has been left exactly as it is, so nothing more is lost.</source>
        <translation>⟦Ŧĥé đáŧá fíłé {path} çáññóŧ bé ŕéáđ: {reason}. Íŧ ĥáš bééñ łéfŧ éxáçŧłý áš íŧ íš, šó ñóŧĥíñğ móŕé íš łóšŧ.···························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file {path} was written by a newer version of Caregiver Assistant (data format {found}; this version understands up to {latest}). It has not been changed. Please install the newer version to open it.</source>
        <translation>⟦Ŧĥé đáŧá fíłé {path} ŵáš ŵŕíŧŧéñ bý á ñéŵéŕ véŕšíóñ óf Çáŕéğívéŕ Áššíšŧáñŧ (đáŧá fóŕmáŧ {found}; ŧĥíš véŕšíóñ úñđéŕšŧáñđš úp ŧó {latest}). Íŧ ĥáš ñóŧ bééñ çĥáñğéđ. Płéášé íñšŧáłł ŧĥé ñéŵéŕ véŕšíóñ ŧó ópéñ íŧ.···························································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data folder cannot be written to (it is read-only), so this could not be saved. Nothing earlier was lost.</source>
        <translation>⟦Ŧĥé đáŧá fółđéŕ çáññóŧ bé ŵŕíŧŧéñ ŧó (íŧ íš ŕéáđ-óñłý), šó ŧĥíš çóúłđ ñóŧ bé šávéđ. Ñóŧĥíñğ éáŕłíéŕ ŵáš łóšŧ.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data folder {folder} is read-only, so Caregiver Assistant cannot save anything there. Nothing was changed. Make it writable, or choose another folder with --data-dir.</source>
        <translation>⟦Ŧĥé đáŧá fółđéŕ {folder} íš ŕéáđ-óñłý, šó Çáŕéğívéŕ Áššíšŧáñŧ çáññóŧ šávé áñýŧĥíñğ ŧĥéŕé. Ñóŧĥíñğ ŵáš çĥáñğéđ. Máķé íŧ ŵŕíŧábłé, óŕ çĥóóšé áñóŧĥéŕ fółđéŕ ŵíŧĥ --đáŧá-đíŕ.····················································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The disk is full, so this could not be saved. Free some space and try again; nothing earlier was lost.</source>
        <translation>⟦Ŧĥé đíšķ íš fúłł, šó ŧĥíš çóúłđ ñóŧ bé šávéđ. Fŕéé šómé špáçé áñđ ŧŕý áğáíñ; ñóŧĥíñğ éáŕłíéŕ ŵáš łóšŧ.································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>a value is nested too deeply.</source>
        <translation>⟦á váłúé íš ñéšŧéđ ŧóó đéépłý.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>it is not a Caregiver Assistant data file (not an SQLite database)</source>
        <translation>⟦íŧ íš ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ đáŧá fíłé (ñóŧ áñ ŠQŁíŧé đáŧábášé)·····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>the integrity check failed ({details})</source>
        <translation>⟦ŧĥé íñŧéğŕíŧý çĥéçķ fáíłéđ ({details})·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>{field}: {problem}</source>
        <translation>⟦{field}: {problem}·⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>{problem}.</source>
        <translation>⟦{problem}.·⟧</translation>
    </message>
</context>
<context>
    <name>storage.diary</name>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>Choose the person this entry is for.</source>
        <translation>⟦Çĥóóšé ŧĥé péŕšóñ ŧĥíš éñŧŕý íš fóŕ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>No diary entry with id {id}</source>
        <translation>⟦Ñó đíáŕý éñŧŕý ŵíŧĥ íđ {id}·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The check-in of {day} has already been answered (perhaps from another window). Nothing was changed; the answer is in the diary.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ óf {day} ĥáš áłŕéáđý bééñ áñšŵéŕéđ (péŕĥápš fŕóm áñóŧĥéŕ ŵíñđóŵ). Ñóŧĥíñğ ŵáš çĥáñğéđ; ŧĥé áñšŵéŕ íš íñ ŧĥé đíáŕý.······································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are nested too deeply.</source>
        <translation>⟦Ŧĥé đáñğéŕ šíğñš áŕé ñéšŧéđ ŧóó đéépłý.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are not a list of the app&apos;s names.</source>
        <translation>⟦Ŧĥé đáñğéŕ šíğñš áŕé ñóŧ á łíšŧ óf ŧĥé ápp&apos;š ñáméš.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are not valid JSON.</source>
        <translation>⟦Ŧĥé đáñğéŕ šíğñš áŕé ñóŧ váłíđ JŠÓÑ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are too long ({count} characters; the app writes at most {most}).</source>
        <translation>⟦Ŧĥé đáñğéŕ šíğñš áŕé ŧóó łóñğ ({count} çĥáŕáçŧéŕš; ŧĥé ápp ŵŕíŧéš áŧ móšŧ {most}).·····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The day of the check-in ({day}) is not a real date.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé çĥéçķ-íñ ({day}) íš ñóŧ á ŕéáł đáŧé.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The day of the check-in is not a date like 2026-05-31.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé çĥéçķ-íñ íš ñóŧ á đáŧé łíķé 2026-05-31.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are nested too deeply.</source>
        <translation>⟦Ŧĥé šíđé éfféçŧš áŕé ñéšŧéđ ŧóó đéépłý.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are not a list of the app&apos;s names.</source>
        <translation>⟦Ŧĥé šíđé éfféçŧš áŕé ñóŧ á łíšŧ óf ŧĥé ápp&apos;š ñáméš.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are not valid JSON.</source>
        <translation>⟦Ŧĥé šíđé éfféçŧš áŕé ñóŧ váłíđ JŠÓÑ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are too long ({count} characters; the app writes at most {most}).</source>
        <translation>⟦Ŧĥé šíđé éfféçŧš áŕé ŧóó łóñğ ({count} çĥáŕáçŧéŕš; ŧĥé ápp ŵŕíŧéš áŧ móšŧ {most}).·····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are nested too deeply.</source>
        <translation>⟦Ŧĥé {what} áŕé ñéšŧéđ ŧóó đéépłý.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are not a list of the app&apos;s names.</source>
        <translation>⟦Ŧĥé {what} áŕé ñóŧ á łíšŧ óf ŧĥé ápp&apos;š ñáméš.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are not valid JSON.</source>
        <translation>⟦Ŧĥé {what} áŕé ñóŧ váłíđ JŠÓÑ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are too long ({count} characters; the app writes at most {most}).</source>
        <translation>⟦Ŧĥé {what} áŕé ŧóó łóñğ ({count} çĥáŕáçŧéŕš; ŧĥé ápp ŵŕíŧéš áŧ móšŧ {most}).················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>a value cannot be read</source>
        <translation>⟦á váłúé çáññóŧ bé ŕéáđ·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>its time cannot be read</source>
        <translation>⟦íŧš ŧímé çáññóŧ bé ŕéáđ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>its time is not between 1900 and 2100</source>
        <translation>⟦íŧš ŧímé íš ñóŧ béŧŵééñ 1900 áñđ 2100·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>the check-in it answers is not one the app knows</source>
        <translation>⟦ŧĥé çĥéçķ-íñ íŧ áñšŵéŕš íš ñóŧ óñé ŧĥé ápp ķñóŵš···············⟧</translation>
    </message>
</context>
<context>
    <name>storage.doses</name>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A correction must say why it was made.</source>
        <translation>⟦Á çóŕŕéçŧíóñ múšŧ šáý ŵĥý íŧ ŵáš máđé.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A dose taken needs the time it was taken.</source>
        <translation>⟦Á đóšé ŧáķéñ ñééđš ŧĥé ŧímé íŧ ŵáš ŧáķéñ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A scheduled dose needs its schedule and its due time.</source>
        <translation>⟦Á šçĥéđúłéđ đóšé ñééđš íŧš šçĥéđúłé áñđ íŧš đúé ŧímé.·················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A withdrawn answer is no longer the dose&apos;s answer (superseded).</source>
        <translation>⟦Á ŵíŧĥđŕáŵñ áñšŵéŕ íš ñó łóñğéŕ ŧĥé đóšé&apos;š áñšŵéŕ (šúpéŕšéđéđ).····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Choose taken, skipped or missed.</source>
        <translation>⟦Çĥóóšé ŧáķéñ, šķíppéđ óŕ míššéđ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Dose</source>
        <translation>⟦Đóšé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>No dose entry {id}</source>
        <translation>⟦Ñó đóšé éñŧŕý {id}····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Note</source>
        <translation>⟦Ñóŧé··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only a dose taken has a time it was taken.</source>
        <translation>⟦Óñłý á đóšé ŧáķéñ ĥáš á ŧímé íŧ ŵáš ŧáķéñ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only a scheduled dose not taken can be left out as advised.</source>
        <translation>⟦Óñłý á šçĥéđúłéđ đóšé ñóŧ ŧáķéñ çáñ bé łéfŧ óúŧ áš áđvíšéđ.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only a withdrawn answer says why it was withdrawn.</source>
        <translation>⟦Óñłý á ŵíŧĥđŕáŵñ áñšŵéŕ šáýš ŵĥý íŧ ŵáš ŵíŧĥđŕáŵñ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only the newest version of an answer can be withdrawn.</source>
        <translation>⟦Óñłý ŧĥé ñéŵéšŧ véŕšíóñ óf áñ áñšŵéŕ çáñ bé ŵíŧĥđŕáŵñ.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Reason</source>
        <translation>⟦Ŕéášóñ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Reason for the change</source>
        <translation>⟦Ŕéášóñ fóŕ ŧĥé çĥáñğé·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Reason for withdrawing</source>
        <translation>⟦Ŕéášóñ fóŕ ŵíŧĥđŕáŵíñğ········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>The dose&apos;s slot is not a day and time like 2026-01-31T08:00.</source>
        <translation>⟦Ŧĥé đóšé&apos;š šłóŧ íš ñóŧ á đáý áñđ ŧímé łíķé 2026-01-31Ŧ08:00.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>The time taken is in the future.</source>
        <translation>⟦Ŧĥé ŧímé ŧáķéñ íš íñ ŧĥé fúŧúŕé.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>This answer was withdrawn; the dose can be answered again on Today or in the missed-doses list.</source>
        <translation>⟦Ŧĥíš áñšŵéŕ ŵáš ŵíŧĥđŕáŵñ; ŧĥé đóšé çáñ bé áñšŵéŕéđ áğáíñ óñ Ŧóđáý óŕ íñ ŧĥé míššéđ-đóšéš łíšŧ.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>This dose already has an answer in the log. To change it, edit the entry in the dose history (the original is kept).</source>
        <translation>⟦Ŧĥíš đóšé áłŕéáđý ĥáš áñ áñšŵéŕ íñ ŧĥé łóğ. Ŧó çĥáñğé íŧ, éđíŧ ŧĥé éñŧŕý íñ ŧĥé đóšé ĥíšŧóŕý (ŧĥé óŕíğíñáł íš ķépŧ).····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>This entry was already corrected; edit the newest version.</source>
        <translation>⟦Ŧĥíš éñŧŕý ŵáš áłŕéáđý çóŕŕéçŧéđ; éđíŧ ŧĥé ñéŵéšŧ véŕšíóñ.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>When was it taken?</source>
        <translation>⟦Ŵĥéñ ŵáš íŧ ŧáķéñ?······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>a time cannot be read ({error})</source>
        <translation>⟦á ŧímé çáññóŧ bé ŕéáđ ({error})·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>the dose or its state is not one the app records</source>
        <translation>⟦ŧĥé đóšé óŕ íŧš šŧáŧé íš ñóŧ óñé ŧĥé ápp ŕéçóŕđš···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>the dose or its time is not one the app records</source>
        <translation>⟦ŧĥé đóšé óŕ íŧš ŧímé íš ñóŧ óñé ŧĥé ápp ŕéçóŕđš···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>the snooze time cannot be read</source>
        <translation>⟦ŧĥé šñóóžé ŧímé çáññóŧ bé ŕéáđ··········⟧</translation>
    </message>
</context>
<context>
    <name>storage.export</name>
    <message>
        <location filename="../src/caregiver_app/storage/export.py"/>
        <source>The data is more than {size} MB as an export file, more than an import reads (the two agree, so an export always imports back). To move all of it, make a backup instead (&apos;caregiver-app backup -o FILE&apos;, or File &gt; Back up now…) and restore it on the other computer.</source>
        <translation>⟦Ŧĥé đáŧá íš móŕé ŧĥáñ {size} MB áš áñ éxpóŕŧ fíłé, móŕé ŧĥáñ áñ ímpóŕŧ ŕéáđš (ŧĥé ŧŵó áğŕéé, šó áñ éxpóŕŧ áłŵáýš ímpóŕŧš báçķ). Ŧó móvé áłł óf íŧ, máķé á báçķúp íñšŧéáđ (&apos;çáŕéğívéŕ-ápp báçķúp -ó FÍŁÉ&apos;, óŕ Fíłé &gt; Báçķ úp ñóŵ…) áñđ ŕéšŧóŕé íŧ óñ ŧĥé óŧĥéŕ çómpúŧéŕ.············································································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/export.py"/>
        <source>{table} row {row}, {field}: binary data cannot be exported.</source>
        <translation>⟦{table} ŕóŵ {row}, {field}: bíñáŕý đáŧá çáññóŧ bé éxpóŕŧéđ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/export.py"/>
        <source>{table} row {row}, {field}: the value {value} cannot be written in JSON.</source>
        <translation>⟦{table} ŕóŵ {row}, {field}: ŧĥé váłúé {value} çáññóŧ bé ŵŕíŧŧéñ íñ JŠÓÑ.·············⟧</translation>
    </message>
</context>
<context>
    <name>storage.files</name>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>Could not write {path}: {reason}.</source>
        <translation>⟦Çóúłđ ñóŧ ŵŕíŧé {path}: {reason}.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>The folder {folder} does not exist.</source>
        <translation>⟦Ŧĥé fółđéŕ {folder} đóéš ñóŧ éxíšŧ.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>the disk is full</source>
        <translation>⟦ŧĥé đíšķ íš fúłł·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>{path} is a folder; please give a file name.</source>
        <translation>⟦{path} íš á fółđéŕ; płéášé ğívé á fíłé ñámé.···········⟧</translation>
    </message>
</context>
<context>
    <name>storage.importer</name>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;format_version&quot; is missing or not a whole number.</source>
        <translation>⟦&quot;fóŕmáŧ_véŕšíóñ&quot; íš míššíñğ óŕ ñóŧ á ŵĥółé ñúmbéŕ.················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;schema_version&quot; is missing or not a whole number of at least 1.</source>
        <translation>⟦&quot;šçĥémá_véŕšíóñ&quot; íš míššíñğ óŕ ñóŧ á ŵĥółé ñúmbéŕ óf áŧ łéášŧ 1.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;tables&quot; is missing or is not an object.</source>
        <translation>⟦&quot;ŧábłéš&quot; íš míššíñğ óŕ íš ñóŧ áñ óbjéçŧ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;{field}&quot; must be text, found {kind}.</source>
        <translation>⟦&quot;{field}&quot; múšŧ bé ŧéxŧ, fóúñđ {kind}.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file contains {name}, which is not a valid number in this format.</source>
        <translation>⟦Ŧĥé fíłé çóñŧáíñš {name}, ŵĥíçĥ íš ñóŧ á váłíđ ñúmbéŕ íñ ŧĥíš fóŕmáŧ.····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file has the key &quot;{key}&quot; twice in one object; it may have been edited by hand.</source>
        <translation>⟦Ŧĥé fíłé ĥáš ŧĥé ķéý &quot;{key}&quot; ŧŵíçé íñ óñé óbjéçŧ; íŧ máý ĥávé bééñ éđíŧéđ bý ĥáñđ.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file holds {kind} at the top, not a Caregiver Assistant export.</source>
        <translation>⟦Ŧĥé fíłé ĥółđš {kind} áŧ ŧĥé ŧóp, ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ éxpóŕŧ.···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} cannot be read: {error}.</source>
        <translation>⟦Ŧĥé fíłé {name} çáññóŧ bé ŕéáđ: {error}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} is empty.</source>
        <translation>⟦Ŧĥé fíłé {name} íš émpŧý.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} is larger than {most} MB.</source>
        <translation>⟦Ŧĥé fíłé {name} íš łáŕğéŕ ŧĥáñ {most} MB.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} is {size} MB; the largest export this app imports is {most} MB. It is probably not a Caregiver Assistant export.</source>
        <translation>⟦Ŧĥé fíłé {name} íš {size} MB; ŧĥé łáŕğéšŧ éxpóŕŧ ŧĥíš ápp ímpóŕŧš íš {most} MB. Íŧ íš pŕóbábłý ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ éxpóŕŧ.··································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>There is no file {name}.</source>
        <translation>⟦Ŧĥéŕé íš ñó fíłé {name}.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>This data folder already holds data. Choose --merge to add the file&apos;s records to it, or --replace to replace everything with the file.</source>
        <translation>⟦Ŧĥíš đáŧá fółđéŕ áłŕéáđý ĥółđš đáŧá. Çĥóóšé --méŕğé ŧó áđđ ŧĥé fíłé&apos;š ŕéçóŕđš ŧó íŧ, óŕ --ŕépłáçé ŧó ŕépłáçé évéŕýŧĥíñğ ŵíŧĥ ŧĥé fíłé.··········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>This is not a Caregiver Assistant export (the &quot;format&quot; field is missing or says something else).</source>
        <translation>⟦Ŧĥíš íš ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ éxpóŕŧ (ŧĥé &quot;fóŕmáŧ&quot; fíéłđ íš míššíñğ óŕ šáýš šóméŧĥíñğ éłšé).······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Unknown field at the top of the file: &quot;{field}&quot;.</source>
        <translation>⟦Úñķñóŵñ fíéłđ áŧ ŧĥé ŧóp óf ŧĥé fíłé: &quot;{field}&quot;.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Unknown table &quot;{table}&quot; in &quot;tables&quot;: the file does not match this version of the app.</source>
        <translation>⟦Úñķñóŵñ ŧábłé &quot;{table}&quot; íñ &quot;ŧábłéš&quot;: ŧĥé fíłé đóéš ñóŧ máŧçĥ ŧĥíš véŕšíóñ óf ŧĥé ápp.·······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Wrong version: the file is in export format version {found}; this version of the app reads version {version}.</source>
        <translation>⟦Ŵŕóñğ véŕšíóñ: ŧĥé fíłé íš íñ éxpóŕŧ fóŕmáŧ véŕšíóñ {found}; ŧĥíš véŕšíóñ óf ŧĥé ápp ŕéáđš véŕšíóñ {version}.·····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Wrong version: the file is in export format version {found}; this version of the app reads version {version}. Please use the newer app.</source>
        <translation>⟦Ŵŕóñğ véŕšíóñ: ŧĥé fíłé íš íñ éxpóŕŧ fóŕmáŧ véŕšíóñ {found}; ŧĥíš véŕšíóñ óf ŧĥé ápp ŕéáđš véŕšíóñ {version}. Płéášé úšé ŧĥé ñéŵéŕ ápp.·····································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Wrong version: the file was made by a newer version of the app (data format {found}; this version understands up to {latest}). Please use the newer app.</source>
        <translation>⟦Ŵŕóñğ véŕšíóñ: ŧĥé fíłé ŵáš máđé bý á ñéŵéŕ véŕšíóñ óf ŧĥé ápp (đáŧá fóŕmáŧ {found}; ŧĥíš véŕšíóñ úñđéŕšŧáñđš úp ŧó {latest}). Płéášé úšé ŧĥé ñéŵéŕ ápp.··········································⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>a list</source>
        <translation>⟦á łíšŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>a number</source>
        <translation>⟦á ñúmbéŕ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>an object</source>
        <translation>⟦áñ óbjéçŧ···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a UTC time like 2026-01-31T08:00:00Z, found &quot;{value}&quot;.</source>
        <translation>⟦éxpéçŧéđ á ÚŦÇ ŧímé łíķé 2026-01-31Ŧ08:00:00Ž, fóúñđ &quot;{value}&quot;.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a date like 2026-01-31, found &quot;{value}&quot;.</source>
        <translation>⟦éxpéçŧéđ á đáŧé łíķé 2026-01-31, fóúñđ &quot;{value}&quot;.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a number or text, found {kind}.</source>
        <translation>⟦éxpéçŧéđ á ñúmbéŕ óŕ ŧéxŧ, fóúñđ {kind}.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a number, found {kind}.</source>
        <translation>⟦éxpéçŧéđ á ñúmbéŕ, fóúñđ {kind}.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a time of day like 20:00, found &quot;{value}&quot;.</source>
        <translation>⟦éxpéçŧéđ á ŧímé óf đáý łíķé 20:00, fóúñđ &quot;{value}&quot;.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a whole number, found {kind}.</source>
        <translation>⟦éxpéçŧéđ á ŵĥółé ñúmbéŕ, fóúñđ {kind}.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected text, found {kind}.</source>
        <translation>⟦éxpéçŧéđ ŧéxŧ, fóúñđ {kind}.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>must not be null.</source>
        <translation>⟦múšŧ ñóŧ bé ñúłł.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>tables.{table} must be a list of rows, found {kind}.</source>
        <translation>⟦ŧábłéš.{table} múšŧ bé á łíšŧ óf ŕóŵš, fóúñđ {kind}.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>text</source>
        <translation>⟦ŧéxŧ··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the file</source>
        <translation>⟦ŧĥé fíłé···⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the number is not finite.</source>
        <translation>⟦ŧĥé ñúmbéŕ íš ñóŧ fíñíŧé.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the number is too large.</source>
        <translation>⟦ŧĥé ñúmbéŕ íš ŧóó łáŕğé.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the text contains a NUL character.</source>
        <translation>⟦ŧĥé ŧéxŧ çóñŧáíñš á ÑÚŁ çĥáŕáçŧéŕ.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the text contains an invalid character (a lone surrogate).</source>
        <translation>⟦ŧĥé ŧéxŧ çóñŧáíñš áñ íñváłíđ çĥáŕáçŧéŕ (á łóñé šúŕŕóğáŧé).···················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the text is too long ({count} characters; at most {most}).</source>
        <translation>⟦ŧĥé ŧéxŧ íš ŧóó łóñğ ({count} çĥáŕáçŧéŕš; áŧ móšŧ {most}).·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} cannot be read: {error}.</source>
        <translation>⟦{name} çáññóŧ bé ŕéáđ: {error}.·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} ends too early (line {line}, column {column}): it is probably truncated, for example an incomplete copy.</source>
        <translation>⟦{name} éñđš ŧóó éáŕłý (łíñé {line}, çółúmñ {column}): íŧ íš pŕóbábłý ŧŕúñçáŧéđ, fóŕ éxámpłé áñ íñçómpłéŧé çópý.····························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is a folder, not an export file.</source>
        <translation>⟦{name} íš á fółđéŕ, ñóŧ áñ éxpóŕŧ fíłé.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is nested too deeply to be an export.</source>
        <translation>⟦{name} íš ñéšŧéđ ŧóó đéépłý ŧó bé áñ éxpóŕŧ.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is not UTF-8 text (bad byte at position {position}); it is not a Caregiver Assistant export, or it is damaged.</source>
        <translation>⟦{name} íš ñóŧ ÚŦF-8 ŧéxŧ (báđ býŧé áŧ póšíŧíóñ {position}); íŧ íš ñóŧ á Çáŕéğívéŕ Áššíšŧáñŧ éxpóŕŧ, óŕ íŧ íš đámáğéđ.······························⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is not valid JSON: {error} at line {line}, column {column} (character {position}).</source>
        <translation>⟦{name} íš ñóŧ váłíđ JŠÓÑ: {error} áŧ łíñé {line}, çółúmñ {column} (çĥáŕáçŧéŕ {position}).··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{table} row {row} refers to a missing {parent} row.</source>
        <translation>⟦{table} ŕóŵ {row} ŕéféŕš ŧó á míššíñğ {parent} ŕóŵ.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}, field &quot;{field}&quot;: refers to {table} {column} {value}, which is not in the file (dangling reference).</source>
        <translation>⟦{where}, fíéłđ &quot;{field}&quot;: ŕéféŕš ŧó {table} {column} {value}, ŵĥíçĥ íš ñóŧ íñ ŧĥé fíłé (đáñğłíñğ ŕéféŕéñçé).····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}, field &quot;{field}&quot;: {problem}</source>
        <translation>⟦{where}, fíéłđ &quot;{field}&quot;: {problem}··⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: a row must be an object, found {kind}.</source>
        <translation>⟦{where}: á ŕóŵ múšŧ bé áñ óbjéçŧ, fóúñđ {kind}.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: a value cannot be stored ({error}).</source>
        <translation>⟦{where}: á váłúé çáññóŧ bé šŧóŕéđ ({error}).········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: breaks a rule of the data ({error}).</source>
        <translation>⟦{where}: bŕéáķš á ŕúłé óf ŧĥé đáŧá ({error}).········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: duplicate {key} (also in tables.{table}[{index}]).</source>
        <translation>⟦{where}: đúpłíçáŧé {key} (áłšó íñ ŧábłéš.{table}[{index}]).········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: the field &quot;{field}&quot; is missing.</source>
        <translation>⟦{where}: ŧĥé fíéłđ &quot;{field}&quot; íš míššíñğ.·······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: unknown field &quot;{field}&quot;.</source>
        <translation>⟦{where}: úñķñóŵñ fíéłđ &quot;{field}&quot;.·····⟧</translation>
    </message>
</context>
<context>
    <name>storage.medicines</name>
    <message>
        <location filename="../src/caregiver_app/storage/medicines.py"/>
        <source>No medicine with id {id}</source>
        <translation>⟦Ñó méđíçíñé ŵíŧĥ íđ {id}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/medicines.py"/>
        <source>The pump reminder days are not a list of days like 7,2.</source>
        <translation>⟦Ŧĥé púmp ŕémíñđéŕ đáýš áŕé ñóŧ á łíšŧ óf đáýš łíķé 7,2.················⟧</translation>
    </message>
</context>
<context>
    <name>storage.people</name>
    <message>
        <location filename="../src/caregiver_app/storage/people.py"/>
        <source>No person with id {id}</source>
        <translation>⟦Ñó péŕšóñ ŵíŧĥ íđ {id}······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/people.py"/>
        <source>The check-in time is not a time of day like 20:00.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ ŧímé íš ñóŧ á ŧímé óf đáý łíķé 20:00.·············⟧</translation>
    </message>
</context>
<context>
    <name>storage.plans</name>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are nested too deeply.</source>
        <translation>⟦Á šŧép&apos;š đóšéš áŕé ñéšŧéđ ŧóó đéépłý.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are not a list of times and doses like [&quot;08:00&quot;, 5].</source>
        <translation>⟦Á šŧép&apos;š đóšéš áŕé ñóŧ á łíšŧ óf ŧíméš áñđ đóšéš łíķé [&quot;08:00&quot;, 5].················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are not a list of times and doses.</source>
        <translation>⟦Á šŧép&apos;š đóšéš áŕé ñóŧ á łíšŧ óf ŧíméš áñđ đóšéš.···············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are not valid JSON.</source>
        <translation>⟦Á šŧép&apos;š đóšéš áŕé ñóŧ váłíđ JŠÓÑ.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are too long ({count} characters; the app writes at most {most}).</source>
        <translation>⟦Á šŧép&apos;š đóšéš áŕé ŧóó łóñğ ({count} çĥáŕáçŧéŕš; ŧĥé ápp ŵŕíŧéš áŧ móšŧ {most}).····················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses have a time that is not one ({error}).</source>
        <translation>⟦Á šŧép&apos;š đóšéš ĥávé á ŧímé ŧĥáŧ íš ñóŧ óñé ({error}).·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s number of days is not a whole number.</source>
        <translation>⟦Á šŧép&apos;š ñúmbéŕ óf đáýš íš ñóŧ á ŵĥółé ñúmbéŕ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s start is not a date like 2026-01-31.</source>
        <translation>⟦Á šŧép&apos;š šŧáŕŧ íš ñóŧ á đáŧé łíķé 2026-01-31.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>No plan with id {id}</source>
        <translation>⟦Ñó płáñ ŵíŧĥ íđ {id}·····⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>Please choose one of this person&apos;s medicines.</source>
        <translation>⟦Płéášé çĥóóšé óñé óf ŧĥíš péŕšóñ&apos;š méđíçíñéš.···············⟧</translation>
    </message>
</context>
<context>
    <name>storage.rules</name>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>A correction must be of the same person&apos;s dose of the same medicine.</source>
        <translation>⟦Á çóŕŕéçŧíóñ múšŧ bé óf ŧĥé šámé péŕšóñ&apos;š đóšé óf ŧĥé šámé méđíçíñé.······················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>A snooze needs the time it ends.</source>
        <translation>⟦Á šñóóžé ñééđš ŧĥé ŧímé íŧ éñđš.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>A step&apos;s number must be a whole number from 1.</source>
        <translation>⟦Á šŧép&apos;š ñúmbéŕ múšŧ bé á ŵĥółé ñúmbéŕ fŕóm 1.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>Its medicine {id} belongs to another person ({owner}), not to person {person}.</source>
        <translation>⟦Íŧš méđíçíñé {id} béłóñğš ŧó áñóŧĥéŕ péŕšóñ ({owner}), ñóŧ ŧó péŕšóñ {person}.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>Its medicine {id} belongs to another person, not to person {person}.</source>
        <translation>⟦Íŧš méđíçíñé {id} béłóñğš ŧó áñóŧĥéŕ péŕšóñ, ñóŧ ŧó péŕšóñ {person}.··················⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The dose&apos;s slot is not a day and time like 2026-01-31T08:00.</source>
        <translation>⟦Ŧĥé đóšé&apos;š šłóŧ íš ñóŧ á đáý áñđ ŧímé łíķé 2026-01-31Ŧ08:00.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The medicine {id} is another person&apos;s.</source>
        <translation>⟦Ŧĥé méđíçíñé {id} íš áñóŧĥéŕ péŕšóñ&apos;š.···········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The schedule {id} is another medicine&apos;s.</source>
        <translation>⟦Ŧĥé šçĥéđúłé {id} íš áñóŧĥéŕ méđíçíñé&apos;š.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The time taken is in the future.</source>
        <translation>⟦Ŧĥé ŧímé ŧáķéñ íš íñ ŧĥé fúŧúŕé.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>must be 0 or 1 (no or yes).</source>
        <translation>⟦múšŧ bé 0 óŕ 1 (ñó óŕ ýéš).······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{value} is not a real date.</source>
        <translation>⟦{value} íš ñóŧ á ŕéáł đáŧé.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{value} is not a real time.</source>
        <translation>⟦{value} íš ñóŧ á ŕéáł ŧímé.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{value} is not between {first} and {last}.</source>
        <translation>⟦{value} íš ñóŧ béŧŵééñ {first} áñđ {last}.······⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{where}, field &quot;{field}&quot;: {problem}</source>
        <translation>⟦{where}, fíéłđ &quot;{field}&quot;: {problem}··⟧</translation>
    </message>
</context>
<context>
    <name>storage.schedules</name>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are nested too deeply.</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé ñéšŧéđ ŧóó đéépłý.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are not JSON text.</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé ñóŧ JŠÓÑ ŧéxŧ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are not a JSON object.</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé ñóŧ á JŠÓÑ óbjéçŧ.··············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are not valid JSON.</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé ñóŧ váłíđ JŠÓÑ.·············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are too long ({count} characters; the app writes at most {most}).</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé ŧóó łóñğ ({count} çĥáŕáçŧéŕš; ŧĥé ápp ŵŕíŧéš áŧ móšŧ {most}).······················⟧</translation>
    </message>
</context>
<context>
    <name>storage.settings</name>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>The value is nested too deeply.</source>
        <translation>⟦Ŧĥé váłúé íš ñéšŧéđ ŧóó đéépłý.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>The value is not JSON text.</source>
        <translation>⟦Ŧĥé váłúé íš ñóŧ JŠÓÑ ŧéxŧ.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>The value is not valid JSON.</source>
        <translation>⟦Ŧĥé váłúé íš ñóŧ váłíđ JŠÓÑ.·········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>the value is nested too deeply.</source>
        <translation>⟦ŧĥé váłúé íš ñéšŧéđ ŧóó đéépłý.··········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>the value is not JSON text.</source>
        <translation>⟦ŧĥé váłúé íš ñóŧ JŠÓÑ ŧéxŧ.········⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>the value is not valid JSON.</source>
        <translation>⟦ŧĥé váłúé íš ñóŧ váłíđ JŠÓÑ.·········⟧</translation>
    </message>
</context>
<context>
    <name>storage.watch</name>
    <message>
        <location filename="../src/caregiver_app/storage/watch.py"/>
        <source>The day of the event is not a date like 2026-05-31.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé évéñŧ íš ñóŧ á đáŧé łíķé 2026-05-31.············⟧</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/watch.py"/>
        <source>The day of the event is not a real date.</source>
        <translation>⟦Ŧĥé đáý óf ŧĥé évéñŧ íš ñóŧ á ŕéáł đáŧé.············⟧</translation>
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
