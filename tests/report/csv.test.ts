import { describe, expect, it } from 'vitest';
import { CSV_TABLE_NAMES, csvCell, csvOutputFiles, joinCsvForStdout, reportToCsv, toCsv } from '../../src/report/csv.js';
import { PEOPLE, sampleReport } from './formats-fixture.js';

function rowsOf(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split('\r\n').slice(0, -1);
}

describe('csvCell', () => {
  it('quotes a cell holding the separator, a quote, CR or LF, doubling inner quotes (RFC 4180)', () => {
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('МБДОУ «Детский сад» "Солнышко"', ',')).toBe('"МБДОУ «Детский сад» ""Солнышко"""');
    expect(csvCell('строка\nвторая', ',')).toBe('"строка\nвторая"');
    expect(csvCell('a\rb', ';')).toBe('"a\rb"');
    expect(csvCell('просто текст', ',')).toBe('просто текст');
    expect(csvCell(null, ',')).toBe('');
  });

  it('neutralises text that a spreadsheet would read as a formula', () => {
    expect(csvCell('=1+1', ',')).toBe("'=1+1");
    expect(csvCell('+79001234567', ',')).toBe("'+79001234567");
    expect(csvCell('-x', ',')).toBe("'-x");
    expect(csvCell('-Иван', ';')).toBe("'-Иван");
    expect(csvCell('@SUM(A1:A9)', ',')).toBe("'@SUM(A1:A9)");
    expect(csvCell('\tTAB', ',')).toBe("'\tTAB");
    expect(csvCell('\rCR', ',')).toBe(`"'\rCR"`);
    expect(csvCell('=HYPERLINK("http://x","клик")', ',')).toBe(`"'=HYPERLINK(""http://x"",""клик"")"`);
    // Text that only looks like a number is text: neutralised too.
    expect(csvCell('-5', ',')).toBe("'-5");
    // Not at the start: left alone.
    expect(csvCell('a=b', ',')).toBe('a=b');
  });

  it('writes numbers as numbers, negative ones included, with the decimal mark of the separator', () => {
    expect(csvCell(-0.3, ',')).toBe('-0.3');
    expect(csvCell(-0.3, ';')).toBe('-0,3');
    expect(csvCell(73.3, ';')).toBe('73,3');
    expect(csvCell(12, ';')).toBe('12');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const text = toCsv({ header: ['Имя', 'Число'], rows: [['Иванова', 1], ['Петрова', null]] }, ';');
    expect(text).toBe('\uFEFFИмя;Число\r\nИванова;1\r\nПетрова;\r\n');
  });
});

describe('reportToCsv', () => {
  const files = reportToCsv(sampleReport(), { separator: ',' });

  it('makes one file per table, the summary first, each with a BOM, CRLF and a Russian header', () => {
    expect(files.map((f) => f.name)).toEqual([...CSV_TABLE_NAMES]);
    for (const file of files) {
      expect(file.text.startsWith('\uFEFF')).toBe(true);
      expect(file.text.endsWith('\r\n')).toBe(true);
      expect(file.text).not.toMatch(/[^\r]\n/);
      expect(rowsOf(file.text)[0]).toMatch(/[А-Яа-я]/);
    }
  });

  it('holds the figures with numerators, denominators and percents in the summary', () => {
    const summary = rowsOf(files[0]!.text);
    expect(summary[0]).toBe('Показатель,Значение,Знаменатель,"Доля, %","Цель, %"');
    expect(summary).toContain('Педагогические работники в наставничестве,11,15,73.3,70');
    expect(summary).toContain('Молодые специалисты с наставником,5,6,83.3,');
    expect(summary).toContain('Выполнено мероприятий (срок наступил),35,53,66,');
    expect(summary).toContain('Период,I квартал 2026\u00a0г.,,,');
  });

  it('lists the pairs and the growth, a negative change as a number', () => {
    const pairs = rowsOf(files.find((f) => f.name === 'pairs')!.text);
    expect(pairs).toHaveLength(7);
    expect(pairs[5]).toContain('Смирнова Татьяна Николаевна,воспитатель,Орлова Дарья Викторовна');
    expect(pairs[5]).toContain('2026-01-20,увольнение наставляемой по собственному желанию');
    const growth = rowsOf(files.find((f) => f.name === 'growth')!.text);
    expect(growth).toContain('Педагогическая диагностика,diagnostics,4,1.1,0.8,-0.3');
  });

  it('uses «;» and the decimal comma when asked', () => {
    const summary = rowsOf(reportToCsv(sampleReport(), { separator: ';' })[0]!.text);
    expect(summary[0]).toBe('Показатель;Значение;Знаменатель;Доля, %;Цель, %');
    expect(summary).toContain('Педагогические работники в наставничестве;11;15;73,3;70');
  });

  it('neutralises a name that starts like a formula wherever it appears', () => {
    const report = sampleReport();
    report.pairs.list[0]!.mentor = { ...PEOPLE.vasilyeva, name: '=HYPERLINK("http://evil","Васильева")' };
    report.items.by_mentee[0]!.mentee = { ...PEOPLE.belova, name: '-Белова' };
    const all = reportToCsv(report, { separator: ';' });
    const text = all.map((f) => f.text).join('');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""Васильева"")"`);
    expect(text).toContain("'-Белова;");
    expect(text).not.toContain(';=HYPERLINK');
    expect(text).not.toContain('\n-Белова');
  });
});

describe('CSV output', () => {
  const files = reportToCsv(sampleReport(), { separator: ';' });

  it('stdout: every table, a blank line between, one BOM at the start', () => {
    const text = joinCsvForStdout(files);
    expect(text.startsWith('\uFEFFПоказатель;')).toBe(true);
    expect(text.indexOf('\uFEFF', 1)).toBe(-1);
    const blocks = text.slice(1).split('\r\n\r\n');
    expect(blocks).toHaveLength(files.length);
    expect(blocks[1]!.startsWith('№;Наставник;')).toBe(true);
  });

  it('--out FILE.csv: the summary in FILE.csv, the others in FILE-<table>.csv beside it', () => {
    const paths = csvOutputFiles('out/report-2026Q1.csv', files).map((f) => f.path);
    expect(paths[0]).toBe('out/report-2026Q1.csv');
    expect(paths.slice(1)).toEqual(CSV_TABLE_NAMES.slice(1).map((name) => `out/report-2026Q1-${name}.csv`));
  });
});

describe('the CSV of record format 1.1', () => {
  const files = reportToCsv(sampleReport(), { separator: ',' });
  const table = (name: string) => files.find((f) => f.name === name)!.text.replace(/^\uFEFF/, '').split('\r\n');

  it('adds the as-of date, the items not yet due, retention, events and surveys to the summary', () => {
    const summary = table('summary');
    expect(summary).toContain('Данные на дату,2026-03-31,,,');
    expect(summary).toContain('Из них срок не наступил,0,,,');
    expect(summary).toContain('Молодые специалисты, работающие через год после приёма,1,2,50,'.replace(/^(.*?),(\d)/, '"$1",$2'));
    expect(summary).toContain('Проведено мероприятий,2,,,');
    expect(summary).toContain('Анкетирование mid-mentees (2026-01-23): ответили из приглашённых,5,6,83.3,');
  });

  it('has tables of retention, events and survey questions', () => {
    expect(table('retention')[1]).toBe('1 год,Павлова Юлия Игоревна,воспитатель,2024-08-26,2025-08-26,да');
    expect(table('events')[3]).toBe('training,Тренинг «Эмоциональное выгорание»,Реализация программы,тренинг,2026-03-11,,отменено,Кузнецова Елена Викторовна,0,карантин');
    expect(table('surveys')[2]).toBe(
      'mid-mentees,2026-01-23,наставляемые,5,6,83.3,usefulness,Насколько полезны для вашей работы встречи с наставником?,4,7.75',
    );
  });
});
