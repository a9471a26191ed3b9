<#
.SYNOPSIS
    Install the MSI silently, check and smoke-test the installed app, uninstall it silently.

.DESCRIPTION
    What ICT's software distribution does, on a throw-away machine (the CI runner): msiexec
    /qn as administrator, the Start-menu entry, the detection script, the programs as
    installed (packaging\smoke_test.py), then msiexec /x /qn and a check that nothing is left.

.EXAMPLE
    pwsh packaging\windows\test-msi.ps1 dist\ArabeskDesk-0.1.0.msi
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Msi,
    [string]$Python = "python"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Msi = (Resolve-Path $Msi).Path
$logs = Join-Path $root "build\msi"
New-Item -ItemType Directory -Force -Path $logs | Out-Null

function Invoke-Msiexec([string]$Arguments, [string]$Log) {
    $process = Start-Process msiexec.exe -ArgumentList "$Arguments /qn /norestart /l*v `"$Log`"" -Wait -PassThru
    if ($process.ExitCode -ne 0) {
        Get-Content $Log -Tail 40 | Write-Host
        throw "msiexec $Arguments failed with exit code $($process.ExitCode)"
    }
}

Invoke-Msiexec "/i `"$Msi`"" (Join-Path $logs "install.log")
$key = Get-ItemProperty "HKLM:\SOFTWARE\ArabeskDesk"
$folder = $key.InstallFolder.TrimEnd('\')
foreach ($file in "arabesk-desk.exe", "arabesk-desk-window.exe") {
    if (-not (Test-Path (Join-Path $folder $file))) { throw "$file is not in $folder" }
}
$shortcut = Join-Path $env:ProgramData "Microsoft\Windows\Start Menu\Programs\Arabesk Desk\Arabesk Desk.lnk"
if (-not (Test-Path $shortcut)) { throw "no Start-menu entry at $shortcut" }
$detected = & (Join-Path $root "dist\Detect-ArabeskDesk.ps1")
if (-not $detected) { throw "the detection script does not see the installed app" }
Write-Host "installed: $detected; Start menu: $shortcut"

& $Python (Join-Path $root "packaging\smoke_test.py") $folder
if ($LASTEXITCODE -ne 0) { throw "the installed app failed its smoke test" }

Invoke-Msiexec "/x `"$Msi`"" (Join-Path $logs "uninstall.log")
if (Test-Path "HKLM:\SOFTWARE\ArabeskDesk") { throw "HKLM\SOFTWARE\ArabeskDesk is left after uninstall" }
if (Test-Path $folder) { throw "$folder is left after uninstall" }
if (Test-Path $shortcut) { throw "the Start-menu entry is left after uninstall" }
if (& (Join-Path $root "dist\Detect-ArabeskDesk.ps1")) { throw "still detected after uninstall" }
Write-Host "silent install, smoke test and silent uninstall passed"
