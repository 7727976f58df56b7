// Targeted probe: roster name (NIK missing, DOB given) vs a single BPJS record of a DIFFERENT person with the same DOB.
// Each pair uses its own DOB so nothing else competes. With --near-nik the roster row carries a NIK one serial
// away from the BPJS record's (the twin pattern) instead of none; it writes roster2/, bpjs2/ then. Truth: none of these should be auto-accepted.
import fs from 'node:fs';
const near = process.argv.includes('--near-nik');
const suffix = near ? '2' : '';
const pairs = [
  ['ANDI SAPUTRA', 'ANDIKA SAPUTRA'], ['ANDI SAPUTRA', 'SAPUTRA'], ['ABDUL MAJID', 'ANDI MAJID'], ['ANDI WIJAYA', 'ANDRE WIJAYA'],
  ['RADEN SURYA', 'SURYA'], ['R. SURYA ADI', 'ADI'], ['TEUKU RIZKI', 'RIZKI'], ['CUT NUR AINI', 'NUR AINI'], ['I GUSTI AYU PUTRI', 'AYU PUTRI'],
  ['MUHAMMAD RIZKI', 'RIZKI'], ['MUHAMMAD RIZKI', 'AHMAD RIZKI'], ['SITI AMINAH', 'AMINAH'], ['SITI AMINAH', 'NUR AMINAH'], ['NUR HIDAYAH', 'SITI HIDAYAH'],
  ['AGUS SETIAWAN', 'BUDI SETIAWAN'], ['DEWI LESTARI', 'DEWI LESTARI NINGSIH'], ['EKO PRASETYO', 'EKO'], ['PUTRA HASAN', 'PUTRI HASAN'], ['HASAN BASRI', 'HUSEN BASRI'],
  ['RIZKI PRATAMA', 'RIZKA PRATAMA'], ['ANAK AGUNG GEDE RAKA', 'GEDE RAKA'], ['ANDI', 'ANDIKA'], ['DWI LESTARI', 'TRI LESTARI'], ['SRI WAHYUNI', 'SRI WAHYUNINGSIH'],
];
const r = ['No,NIK,Nama,Tanggal Lahir,Jenis Kelamin,Jabatan,OPD/Unit Kerja,Gaji'];
const b = ['No,KPJ,NIK,Nama Peserta,Tgl Lahir,Tgl Kepesertaan,Upah,Status Kepesertaan'];
pairs.forEach(([rn, bn], i) => {
  const d = String(1 + (i % 28)).padStart(2, '0'), m = String(1 + (i % 12)).padStart(2, '0'), y = 1970 + i;
  const rNik = near ? `3273${'01'}${d}${m}${String(y % 100).padStart(2, '0')}${String(101 + i).padStart(4, '0')}` : '';
  r.push(`${i + 1},${rNik},${rn},${d}-${m}-${y},L,Staf,SETDA,2000000`);
  b.push(`${i + 1},${33000000000 + i},3273${'01'}${d}${m}${String(y % 100).padStart(2, '0')}${String(100 + i).padStart(4, '0')},${bn},${d}-${m}-${y},01-01-2023,"2,000,000.00",AKTIF`);
});
fs.mkdirSync(`roster${suffix}`, { recursive: true }); fs.mkdirSync(`bpjs${suffix}`, { recursive: true });
fs.writeFileSync(`roster${suffix}/r.csv`, r.join('\n') + '\n'); fs.writeFileSync(`bpjs${suffix}/b.csv`, b.join('\n') + '\n');
