import '../../src/self-care-plan/define.js';
