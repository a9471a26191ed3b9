<#
.SYNOPSIS
    Build the per-machine MSI of Arabesk Desk from the frozen bundle.

.DESCRIPTION
    Run from any folder, after "python packaging\build_bundle.py" made dist\arabesk-desk.
    Needs the WiX Toolset v4 command line:  dotnet tool install --global wix --version 4.0.6
    Writes dist\ArabeskDesk-<version>.msi and dist\Detect-ArabeskDesk.ps1 (the Intune
    detection script for that version). The version comes from arabesk_desk/__init__.py.

.EXAMPLE
    pwsh packaging\windows\build-msi.ps1
#>
[CmdletBinding()]
param(
    [string]$Python = "python",
    [string]$Wix = "wix"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$bundle = Join-Path $root "dist\arabesk-desk"
$work = Join-Path $root "build\msi"
if (-not (Test-Path (Join-Path $bundle "arabesk-desk.exe"))) {
    throw "No bundle in ${bundle}: run 'python packaging\build_bundle.py' first."
}

$version = (& $Python -c "import sys; sys.path.insert(0, r'$root'); import arabesk_desk; print(arabesk_desk.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or $version -notmatch '^\d+\.\d+\.\d+$') {
    throw "The version '$version' is not major.minor.patch, which Windows Installer needs."
}

New-Item -ItemType Directory -Force -Path $work | Out-Null
& $Python (Join-Path $PSScriptRoot "harvest_bundle.py") $bundle (Join-Path $work "bundle-files.wxs")
if ($LASTEXITCODE -ne 0) { throw "harvest_bundle.py failed" }

$msi = Join-Path $root "dist\ArabeskDesk-$version.msi"
& $Wix build -arch x64 `
    -d "Version=$version" `
    -d "BundleDir=$bundle" `
    -d "IconFile=$(Join-Path $root 'resources\icons\arabesk-desk.ico')" `
    -o $msi `
    (Join-Path $PSScriptRoot "arabesk-desk.wxs") `
    (Join-Path $work "bundle-files.wxs")
if ($LASTEXITCODE -ne 0) { throw "wix build failed" }

$detect = Join-Path $root "dist\Detect-ArabeskDesk.ps1"
(Get-Content (Join-Path $PSScriptRoot "detect.ps1")) `
    -replace '^\$Minimum = .*$', "`$Minimum = [version]'$version'" |
    Set-Content -Encoding utf8 $detect

Write-Host "built $msi ($([math]::Round((Get-Item $msi).Length / 1MB)) MB) and $detect"
