#!/usr/bin/env node
// digione-check: the operator's check of a DigiOne Portal deployment before it goes live.
//
//   digione-check --config config.json [--registry registry.json] [--providers-dir <dir>]
//                 [--portal-origin https://portal.example.fi] [--online] [--help]
//
// The check is TypeScript (shell/scripts/check.ts), run through tsx as the shell's other scripts
// are: nothing needs to be built first. See README "Checking a configuration".
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../scripts/check.ts');
process.exitCode = await main(process.argv.slice(2));
