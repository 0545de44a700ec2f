// Demo only: a fictional example plan (offered, never forced: a plan already here is only replaced if
// the person says so, and a locked one stays locked), and roster data passed in so "peer supporter" can be picked.
const plan = document.getElementById('plan');
fetch('/api/supporters')
  .then((response) => response.json())
  .then((list) => (plan.supporters = list.items))
  .catch(() => undefined);
if (new URLSearchParams(location.search).has('sample')) {
  customElements.whenDefined('peer-self-care-plan').then(() => {
    plan.replacePlan({
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
