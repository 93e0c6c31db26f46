<#
Renders each default view of ImgurPS.Format.ps1xml for a sample object and compares the text with
tests/Pester/FormatSnapshots/<View>.txt. This test only compares: after a deliberate change of a view, record
the new text with tests/Pester/Update-FormatSnapshots.ps1 and review the difference before committing it.
#>
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'FormatSnapshots.psm1') -Force
    $views = Get-FormatView
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FormatSnapshots.psm1') -Force
}

Describe 'Default views' {
    It '<Name> renders as recorded' -ForEach $views {
        $file = Get-FormatSnapshotPath $Name
        Test-Path -LiteralPath $file | Should -BeTrue -Because "the view $Name needs a snapshot recorded by Update-FormatSnapshots.ps1"

        Get-FormatViewText -Type $Type -Table:$Table | Should -BeExactly (Get-Content -LiteralPath $file -Raw)
    }
}
