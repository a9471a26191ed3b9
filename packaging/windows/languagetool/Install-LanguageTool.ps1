<#
.SYNOPSIS
    The optional second package: a Java runtime and LanguageTool for every user of this PC.

.DESCRIPTION
    Put this script in one folder with the two downloads (see packaging\README.md):
      - the Eclipse Temurin 17 (or 21) JRE MSI for Windows x64, OpenJDK17U-jre_x64_windows_hotspot_*.msi
      - LanguageTool-<version>.zip, the version language-tool-python expects (today 6.8)
    and run it as administrator (Intune and SCCM run it as SYSTEM). It installs the JRE with
    JAVA_HOME and PATH set for all users, then lets Arabesk Desk check the zip's SHA-256 and
    unpack it in C:\ProgramData\ArabeskDesk\languagetool. Arabesk Desk must be installed first
    (make it a dependency of this package). Exit 0 when done; a message and exit 1 otherwise.
#>
[CmdletBinding()]
param(
    [string]$ArabeskDesk = (Join-Path $env:ProgramFiles "Arabesk Desk\arabesk-desk.exe")
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

try {
    if (-not (Test-Path $ArabeskDesk)) { throw "Arabesk Desk is not installed ($ArabeskDesk)" }
    $jre = Get-ChildItem $PSScriptRoot -Filter "OpenJDK*-jre_x64_windows_hotspot_*.msi" | Select-Object -First 1
    $zip = Get-ChildItem $PSScriptRoot -Filter "LanguageTool-*.zip" | Select-Object -First 1
    if ($null -eq $jre) { throw "no Temurin JRE MSI (OpenJDK*-jre_x64_windows_hotspot_*.msi) next to this script" }
    if ($null -eq $zip) { throw "no LanguageTool-<version>.zip next to this script" }

    $log = Join-Path $env:WINDIR "Temp\arabesk-desk-java-install.log"
    $arguments = "/i `"$($jre.FullName)`" ADDLOCAL=FeatureMain,FeatureEnvironment,FeatureJavaHome /qn /norestart /l*v `"$log`""
    $java = Start-Process msiexec.exe -ArgumentList $arguments -Wait -PassThru
    if ($java.ExitCode -notin 0, 3010) { throw "the Java runtime did not install (msiexec exit $($java.ExitCode), log $log)" }

    & $ArabeskDesk languagetool install $zip.FullName --machine
    if ($LASTEXITCODE -ne 0) { throw "arabesk-desk languagetool install refused $($zip.Name) (exit $LASTEXITCODE)" }
    exit 0
}
catch {
    Write-Error $_
    exit 1
}
