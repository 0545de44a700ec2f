// Demo only: a fictional example plan (offered, never forced: a plan already here is only replaced if
// the person says so, and a locked one stays locked), and roster data passed in so "peer supporter" can be picked.
const plan = document.getElementById('plan');
fetch(new URL('supporters', new URL(plan.getAttribute('endpoint') ?? '/api/', document.baseURI)))
  .then((response) => response.json())
  .then((list) => (plan.supporters = list.items))
  .catch(() => undefined);
if (new URLSearchParams(location.search).has('sample')) {
  customElements.whenDefined('peer-self-care-plan').then(() => {
    plan.replacePlan(document.documentElement.lang === 'es' ? SPANISH_EXAMPLE : {
      format: 'peer-support-widgets/self-care-plan',
      version: 1,
      atMyBest: 'I sleep through the night, I joke with the crew and I feel like cooking for the kids.',
      signsINotice: 'I stop answering texts and drink coffee all day.',
      signsOthersNotice: 'My partner says I go quiet and snap at small things.',
      aTeam: [
        { name: 'Jo (B shift)', role: 'Listens without trying to fix it', contact: '555-0100' },
        { name: 'My brother Sam', role: 'Gets me outside', contact: '555-0199' },
      ],
      aTeamNeeds: 'A text after a bad call. Ask twice if I say I am fine.',
      movement: 'A walk with the dog after nights; the gym on days off.',
      foods: ['Oatmeal', 'Apples and peanut butter', 'Real dinner before shift'],
      sleep: 'Phone away by 11 pm; blackout curtains after nights.',
      kindWords: 'I did what I could with what I had.',
      relaxation: 'Slow breathing in the truck before going home.',
      replenishes: 'Fishing at dawn.',
      laughter: 'Old sitcoms with my sister.',
      careTeam: [
        { name: 'Dr. Lee', role: 'primary-care', contact: 'Clinic 555-0150' },
        { name: 'Ana Rivera-Example', role: 'peer-supporter', contact: '555-0101' },
      ],
      callFirst: 'Sam, then Jo.',
      ifBadNotes: 'Leave the house. Do not stay alone with it.',
      commitment: 'Two walks, one call to Jo, bed by midnight on days off.',
      signedName: 'Pat Example',
      signedDate: '2026-11-24',
    }, 'example');
  });
}

// The same fictional plan, in Spanish, for the demo in Spanish (language.js).
const SPANISH_EXAMPLE = {
  format: 'peer-support-widgets/self-care-plan',
  version: 1,
  atMyBest: 'Duermo toda la noche, bromeo con la cuadrilla y tengo ganas de cocinar para los niños.',
  signsINotice: 'Dejo de contestar mensajes y tomo café todo el día.',
  signsOthersNotice: 'Mi pareja dice que me quedo callado y me enojo por cosas pequeñas.',
  aTeam: [
    { name: 'Jo (turno B)', role: 'Escucha sin querer arreglarlo', contact: '555-0100' },
    { name: 'Mi hermano Sam', role: 'Me saca a caminar', contact: '555-0199' },
  ],
  aTeamNeeds: 'Un mensaje después de una llamada difícil. Que pregunten dos veces si digo que estoy bien.',
  movement: 'Caminar con el perro después del turno de noche; el gimnasio en los días libres.',
  foods: ['Avena', 'Manzana con crema de cacahuate', 'Una cena de verdad antes del turno'],
  sleep: 'El celular lejos a las 23:00; cortinas oscuras después del turno de noche.',
  kindWords: 'Hice lo que pude con lo que tenía.',
  relaxation: 'Respirar despacio en el camión antes de ir a casa.',
  replenishes: 'Pescar al amanecer.',
  laughter: 'Series viejas con mi hermana.',
  careTeam: [
    { name: 'Dra. Lee', role: 'primary-care', contact: 'Clínica 555-0150' },
    { name: 'Ana Rivera-Example', role: 'peer-supporter', contact: '555-0101' },
  ],
  callFirst: 'Sam, y luego Jo.',
  ifBadNotes: 'Salir de la casa. No quedarme a solas con esto.',
  commitment: 'Dos caminatas, una llamada a Jo, a la cama antes de medianoche en los días libres.',
  signedName: 'Pat Ejemplo',
  signedDate: '2026-11-24',
};
